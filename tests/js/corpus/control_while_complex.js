// control while complex
var n = 27, steps = 0;
while (n !== 1) { n = n % 2 === 0 ? n / 2 : 3 * n + 1; steps++; }
Ti.API.info(steps);
