// strings reverse palindrome
function isPalindrome(s) { var clean = s.toLowerCase().replace(/[^a-z]/g, ''); return clean === clean.split('').reverse().join(''); }
Ti.API.info(isPalindrome('A man, a plan, a canal: Panama') + ' ' + isPalindrome('ti2py'));
