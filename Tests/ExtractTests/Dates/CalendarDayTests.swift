import Testing
@testable import Extract

@Suite struct CalendarDayTests {
    @Test(arguments: [
        // day, ISO weekday, ISO week-year, week
        ((2025, 7, 14), 1, 2025, 29),
        ((2003, 2, 4), 2, 2003, 6),
        ((1999, 7, 9), 5, 1999, 27),
        ((2021, 1, 3), 7, 2020, 53),
        ((2024, 12, 30), 1, 2025, 1),
        ((2000, 2, 29), 2, 2000, 9),
    ])
    func weekdayAndISOWeek(_ day: (Int, Int, Int), _ weekday: Int, _ weekYear: Int, _ week: Int) throws {
        let d = try #require(CalendarDay(year: day.0, month: day.1, day: day.2))
        #expect(d.weekday == weekday)
        #expect(d.isoWeek.year == weekYear)
        #expect(d.isoWeek.week == week)
    }

    @Test func dayArithmeticCrossesMonthsAndYears() throws {
        let d = try #require(CalendarDay(year: 2024, month: 2, day: 28))
        #expect(d.adding(days: 1).iso == "2024-02-29")
        #expect(d.adding(days: 2).iso == "2024-03-01")
        #expect(d.adding(days: -59).iso == "2023-12-31")
        #expect(CalendarDay(dayNumber: d.dayNumber) == d)
    }

    @Test func rejectsDaysThatDoNotExist() {
        #expect(CalendarDay(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2024, month: 4, day: 31) == nil)
        #expect(CalendarDay(year: 2024, month: 13, day: 1) == nil)
    }

    @Test func monthIndexWrapsYears() {
        let m = MonthIndex(year: 2025, month: 1)
        let previous = MonthIndex(value: m.value - 1)
        #expect(previous.year == 2024 && previous.month == 12)
    }
}
