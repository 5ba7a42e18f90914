// coercion plus
Ti.API.info([1 + '1', '1' + 1, 1 + 1, true + 1, null + 1, undefined + 1, '3' * '4', '10' - 2, [1, 2] + [3], {} + 'x', 'a' + null, 'b' + undefined].join('|'));
