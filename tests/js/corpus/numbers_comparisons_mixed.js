// numbers comparisons mixed
Ti.API.info([2 > '10', '2' > '10', 10 == '10.0', 0 == '', null == 0, undefined == 0, NaN != NaN, [] == '', [0] == false].join(' '));
