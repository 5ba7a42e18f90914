// JSON round trips of a nested document.
var doc = { list: [], meta: { name: 'bench', ok: true } };
for (var i = 0; i < 300; i++) {
    doc.list.push({ id: i, label: 'n' + i, vals: [i, i * 2, i * 3] });
}
var total = 0;
for (var r = 0; r < 40; r++) {
    var text = JSON.stringify(doc);
    var back = JSON.parse(text);
    total += back.list.length + text.length;
}
Ti.API.info('json ' + total);
