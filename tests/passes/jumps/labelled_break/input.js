outer: for (var i = 0; i < rows.length; i++) {
    for (var j = 0; j < rows[i].length; j++) {
        if (rows[i][j] === target) {
            break outer;
        }
    }
}
