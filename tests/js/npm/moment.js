// moment 2 from npm, in New York time (tests/test_npm_libraries.py sets TZ for node and the
// runtime alike), on fixed dates: parsing, formatting, manipulation, diff, durations, relative
// time, calendar, queries and locales (loaded by require and by moment.locale's own require),
// each check printing one line (compared with node's).
var moment = require('moment');
var c = require('./check');
var check = c.check;

var base = moment('2021-03-14T01:30:00');  // half an hour before the spring-forward gap
var fixed = moment.utc('2020-02-29T13:45:30.123Z');

check('version major', function () { return moment.version.split('.')[0]; });
check('isMoment', function () { return [moment.isMoment(base), moment.isMoment(new Date())]; });

// -- parsing
check('parse ISO local', function () { return base.format(); });
check('parse ISO utc', function () { return fixed.format(); });
check('parse ISO offset', function () { return moment('2020-06-01T12:00:00+02:00').toISOString(); });
check('parse date only', function () { return moment('2020-06-01').format('YYYY-MM-DD HH:mm Z'); });
check('parse format', function () { return moment('24/12/2019 18:05', 'DD/MM/YYYY HH:mm').format(); });
check('parse format tokens', function () { return moment('Dec 5th 2019 3pm', 'MMM Do YYYY ha').format('LLLL'); });
check('parse formats array', function () { return moment('2019-12-05', ['MM-DD-YYYY', 'YYYY-MM-DD']).format('L'); });
check('parse strict', function () { return [moment('2019-12-05', 'YYYY-MM-DD', true).isValid(), moment('2019-12-5', 'YYYY-MM-DD', true).isValid()]; });
check('parse invalid', function () { var m = moment('not a date', 'YYYY-MM-DD'); return [m.isValid(), m.format(), m.invalidAt()]; });
check('parse overflow', function () { var m = moment('2019-02-31', 'YYYY-MM-DD'); return [m.isValid(), m.parsingFlags().overflow]; });
check('parse unix', function () { return [moment.unix(1600000000).utc().format(), moment(1600000000000).valueOf()]; });
check('parse object', function () { return moment({year: 2010, month: 3, day: 5, hour: 15, minute: 10}).format('YYYY-MM-DD HH:mm'); });
check('parse array', function () { return moment([2010, 0, 31, 23, 59]).format('LLL'); });
check('parse Date', function () { return moment(new Date(2011, 9, 10, 8, 0)).format('YYYY-MM-DDTHH:mm'); });
check('parseZone', function () { var m = moment.parseZone('2013-01-01T00:00:00-13:00'); return [m.utcOffset(), m.format()]; });
check('utc offset keep', function () { return moment.utc('2020-01-01T00:00:00Z').utcOffset(330).format(); });
check('local to utc', function () { return base.clone().utc().format(); });

// -- formatting
check('format tokens', function () { return fixed.format('YYYY YY Q M MM MMM MMMM D DD Do DDD DDDD d dd ddd dddd e E w ww W WW gggg GGGG'); });
check('format time tokens', function () { return fixed.format('H HH h hh k kk m mm s ss S SS SSS A a X x Z ZZ'); });
check('format escaped', function () { return fixed.format('[Today is] dddd [the] Do'); });
check('format localized', function () { return [fixed.format('LT'), fixed.format('LTS'), fixed.format('L'), fixed.format('l'), fixed.format('LL'), fixed.format('ll'), fixed.format('LLL'), fixed.format('LLLL'), fixed.format('llll')]; });
check('toISOString toJSON', function () { return [base.toISOString(), base.toJSON(), base.toISOString(true)]; });
check('toString', function () { return [base.toString(), fixed.toString()]; });
check('toDate', function () { return base.toDate().getTime() === base.valueOf(); });
check('toArray toObject', function () { return [fixed.toArray(), fixed.toObject()]; });
check('valueOf unix', function () { return [fixed.valueOf(), fixed.unix()]; });
check('inspect', function () { return fixed.inspect(); });

// -- get and set
check('getters', function () { return [fixed.year(), fixed.month(), fixed.date(), fixed.day(), fixed.hour(), fixed.minute(), fixed.second(), fixed.millisecond(), fixed.dayOfYear(), fixed.week(), fixed.isoWeek(), fixed.quarter(), fixed.weekday(), fixed.isoWeekday()]; });
check('get set by name', function () { var m = fixed.clone(); m.set('hour', 5).set({minute: 7, second: 9}); return [m.get('hour'), m.format('HH:mm:ss'), m.get('year')]; });
check('setters overflow', function () { return fixed.clone().date(31).format('YYYY-MM-DD'); });
check('daysInMonth', function () { return [fixed.daysInMonth(), moment('2021-02-01').daysInMonth(), moment('2021-04-15').daysInMonth()]; });
check('weeksInYear', function () { return [moment('2020-06-01').weeksInYear(), moment('2020-06-01').isoWeeksInYear(), moment('2021-06-01').isoWeeksInYear()]; });
check('isLeapYear', function () { return [fixed.isLeapYear(), moment([2100]).isLeapYear(), moment([2000]).isLeapYear()]; });
check('max min', function () { return [moment.max(base, fixed.clone().local()).format(), moment.min([base, moment('2000-01-01')]).format()]; });

// -- manipulation
check('add', function () { return [fixed.clone().add(7, 'days').format(), fixed.clone().add(1, 'M').format('YYYY-MM-DD'), fixed.clone().add({years: 1, hours: 2}).format()]; });
check('add across DST', function () { return [base.clone().add(1, 'hours').format(), base.clone().add(1, 'day').format(), base.clone().add(24, 'hours').format()]; });
check('subtract', function () { return [fixed.clone().subtract(1, 'year').format('YYYY-MM-DD'), fixed.clone().subtract(90, 'minutes').format('HH:mm')]; });
check('startOf endOf', function () {
    return ['year', 'quarter', 'month', 'week', 'isoWeek', 'day', 'hour'].map(function (unit) {
        return unit + ' ' + fixed.clone().startOf(unit).format('YYYY-MM-DD HH:mm:ss.SSS') + ' / ' + fixed.clone().endOf(unit).format('MM-DD HH:mm:ss.SSS');
    });
});
check('startOf day local DST', function () { return [moment('2021-03-14T12:00:00').startOf('day').format(), moment('2021-11-07T12:00:00').endOf('day').format()]; });
check('immutability via clone', function () { var a = moment('2020-01-01'); var b = a.clone().add(1, 'd'); return [a.format('L'), b.format('L')]; });
check('utcOffset set', function () { return fixed.clone().utcOffset(-300).format('YYYY-MM-DD HH:mm Z'); });

// -- queries
check('isBefore isAfter isSame', function () {
    var a = moment('2020-01-01'), b = moment('2020-06-01');
    return [a.isBefore(b), a.isAfter(b), a.isSame(b, 'year'), a.isSame(b, 'month'), a.isSameOrBefore(b), b.isSameOrAfter(b), a.isBefore(b, 'year')];
});
check('isBetween', function () { return [moment('2020-03-01').isBetween('2020-01-01', '2020-12-31'), moment('2020-01-01').isBetween('2020-01-01', '2020-12-31', undefined, '[]'), moment('2020-01-01').isBetween('2020-01-01', '2020-12-31')]; });
check('isDST', function () { return [moment('2020-07-01').isDST(), moment('2020-01-01').isDST()]; });
check('isDate', function () { return [moment.isDate(new Date()), moment.isDate('2020')]; });

// -- diff
check('diff', function () {
    var a = moment('2020-01-31T10:00:00'), b = moment('2021-03-01T12:30:00');
    return [b.diff(a), b.diff(a, 'days'), b.diff(a, 'months'), b.diff(a, 'years', true), b.diff(a, 'weeks'), b.diff(a, 'hours'), a.diff(b, 'minutes')];
});
check('diff months end of month', function () { return [moment('2020-02-29').diff(moment('2020-01-31'), 'months', true), moment('2021-03-31').diff('2021-02-28', 'months')]; });
check('diff across DST', function () { return [moment('2021-03-15T00:00:00').diff(moment('2021-03-14T00:00:00'), 'hours'), moment('2021-03-15').diff(moment('2021-03-14'), 'days')]; });

// -- durations
check('duration', function () { var d = moment.duration(123456789); return [d.days(), d.hours(), d.minutes(), d.seconds(), d.milliseconds(), d.asHours(), d.asDays()]; });
check('duration object', function () { var d = moment.duration({hours: 25, minutes: 90}); return [d.asMinutes(), d.hours(), d.days(), d.toISOString()]; });
check('duration string', function () { return [moment.duration('23:59:59').asSeconds(), moment.duration('P1Y2M3DT4H5M6S').asDays(), moment.duration('1.02:03:04.5').asMilliseconds()]; });
check('duration humanize', function () {
    return [moment.duration(45, 'seconds').humanize(), moment.duration(2, 'minutes').humanize(), moment.duration(1, 'day').humanize(true),
        moment.duration(-3, 'months').humanize(true), moment.duration(400, 'days').humanize()];
});
check('duration add subtract', function () { var d = moment.duration(1, 'hour').add(30, 'm').subtract(moment.duration(10, 'minutes')); return [d.asMinutes(), d.as('seconds'), d.get('minutes')]; });
check('duration toJSON', function () { return [moment.duration(-90, 'seconds').toISOString(), moment.duration(0).toISOString(), JSON.stringify({d: moment.duration(2, 'weeks')})]; });
check('isDuration', function () { return [moment.isDuration(moment.duration(1)), moment.isDuration(1)]; });
check('moment add duration', function () { return fixed.clone().add(moment.duration(36, 'hours')).format(); });

// -- relative time and calendar, against fixed reference times
check('from', function () {
    var ref = moment('2020-06-15T12:00:00');
    return [moment('2020-06-15T11:59:30').from(ref), moment('2020-06-15T11:15:00').from(ref), moment('2020-06-14T12:00:00').from(ref),
        moment('2020-03-15T12:00:00').from(ref), moment('2018-06-15').from(ref), moment('2020-06-20').from(ref), moment('2020-06-20').from(ref, true)];
});
check('to', function () { return moment('2020-01-01').to(moment('2020-01-02')); });
check('calendar', function () {
    var ref = moment('2020-06-15T12:00:00');
    return [moment('2020-06-15T09:30:00').calendar(ref), moment('2020-06-16T09:30:00').calendar(ref), moment('2020-06-14T21:00:00').calendar(ref),
        moment('2020-06-18T09:30:00').calendar(ref), moment('2020-07-30').calendar(ref)];
});
check('relativeTimeThreshold', function () { return [moment.relativeTimeThreshold('s'), moment.relativeTimeThreshold('d')]; });

// -- locales
require('moment/locale/fr');
require('moment/locale/ja');
check('locale list', function () { return ['fr', 'ja'].map(function (l) { return moment.localeData(l) ? l : 'missing ' + l; }); });
check('locale fr format', function () { return fixed.clone().locale('fr').format('dddd D MMMM YYYY LT'); });
check('locale fr relative', function () { return [moment('2020-06-14').locale('fr').from(moment('2020-06-15')), moment.duration(3, 'hours').locale('fr').humanize(true)]; });
check('locale ja format', function () { return fixed.clone().locale('ja').format('LLLL'); });
check('locale auto-loaded de', function () { var m = fixed.clone().locale('de'); return [m.locale(), m.format('LLLL'), m.from(fixed.clone().add(2, 'days'))]; });
check('global locale', function () { var previous = moment.locale('fr'); var text = fixed.format('LL'); moment.locale(previous); return [previous, text, fixed.format('LL')]; });
check('unknown locale', function () { return moment.locale('xx-unknown'); });
check('localeData', function () { var d = moment.localeData('fr'); return [d.months(fixed), d.weekdaysShort(fixed), d.firstDayOfWeek(), d.ordinal(1), d.longDateFormat('L')]; });
check('months weekdays lists', function () { return [moment.months(), moment.weekdaysMin(), moment.monthsShort('-MMM-', 3)]; });
check('defineLocale', function () {
    moment.defineLocale('x-pirate', {parentLocale: 'en', relativeTime: {future: 'in %s, arr', past: '%s ago, arr', s: 'a moment', ss: '%d secs', m: 'a minute', mm: '%d minutes', h: 'an hour', hh: '%d hours', d: 'a day', dd: '%d days', M: 'a month', MM: '%d months', y: 'a year', yy: '%d years'}});
    var text = moment('2020-01-01').locale('x-pirate').from(moment('2020-01-04'));
    moment.locale('en');
    return text;
});
check('updateLocale', function () {
    moment.updateLocale('en', {monthsShort: ['Ja', 'Fe', 'Ma', 'Ap', 'My', 'Jn', 'Jl', 'Au', 'Se', 'Oc', 'No', 'De']});
    var text = fixed.format('MMM');
    moment.updateLocale('en', null);
    return [text, fixed.format('MMM')];
});
check('locale week start', function () { return [fixed.clone().locale('fr').startOf('week').format('YYYY-MM-DD'), fixed.clone().startOf('week').format('YYYY-MM-DD')]; });
