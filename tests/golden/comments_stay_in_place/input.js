// File header comment.
/* A block comment
 * spanning lines.
 */
var count = 1; // trailing comment on a declaration

// Before the function.
function bump(by) {
    // Inside, before the assignment.
    count = count + by; // after the assignment
    // At the end of the body.
}

bump(2);
Ti.API.info('count=' + count);
// Last line of the file.
