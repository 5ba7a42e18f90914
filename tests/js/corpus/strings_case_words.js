// strings case words
function title(s) { return s.split(' ').map(function (w) { return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(); }).join(' '); }
Ti.API.info(title('hELLO wORLD from ti2py'));
