// arrays two dimensional
var grid = [];
for (var y = 0; y < 3; y++) { grid.push([]); for (var x = 0; x < 3; x++) { grid[y].push(x * y); } }
Ti.API.info(grid.map(function (row) { return row.join(''); }).join('/'));
