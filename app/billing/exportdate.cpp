#include "exportdate.h"

namespace cloudshift {

namespace {

    bool readNumber(std::string_view text, std::size_t& pos, int maxDigits, int& value, int& digits)
    {
        value = 0;
        digits = 0;
        while (pos < text.size() && digits < maxDigits && text[pos] >= '0' && text[pos] <= '9') {
            value = value * 10 + (text[pos] - '0');
            ++pos;
            ++digits;
        }
        return digits > 0;
    }

    bool isValidDay(int year, int month, int day)
    {
        static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (month < 1 || month > 12 || day < 1)
            return false;
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        const int limit = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
        return day <= limit;
    }

    // After the date only a time part may follow ("T00:00Z", " 0:00", " 00:00:00").
    bool isTimeTail(std::string_view tail)
    {
        return tail.empty() || tail.front() == 'T' || tail.front() == ' ';
    }

    std::optional<ExportDate> reject(DateError* error, DateError why)
    {
        if (error)
            *error = why;
        return std::nullopt;
    }

} // namespace

std::optional<ExportDate> parseExportDate(std::string_view text, DateError* error)
{
    if (error)
        *error = DateError::None;
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    if (text.empty() || text == "NULL")
        return reject(error, DateError::Empty);

    std::size_t pos = 0;
    int first = 0, digits = 0;
    if (!readNumber(text, pos, 4, first, digits) || pos >= text.size())
        return reject(error, DateError::NotADate);

    ExportDate date;
    if (digits == 4 && text[pos] == '-') {
        date.year = first;
        ++pos;
        int d1 = 0, d2 = 0;
        if (!readNumber(text, pos, 2, date.month, d1) || pos >= text.size() || text[pos] != '-')
            return reject(error, DateError::NotADate);
        ++pos;
        if (!readNumber(text, pos, 2, date.day, d2) || !isTimeTail(text.substr(pos)))
            return reject(error, DateError::NotADate);
    } else if (digits <= 2 && text[pos] == '/') {
        ++pos;
        int second = 0, d2 = 0, yearDigits = 0;
        if (!readNumber(text, pos, 2, second, d2) || pos >= text.size() || text[pos] != '/')
            return reject(error, DateError::NotADate);
        ++pos;
        if (!readNumber(text, pos, 4, date.year, yearDigits) || (yearDigits != 2 && yearDigits != 4)
            || !isTimeTail(text.substr(pos)))
            return reject(error, DateError::NotADate);
        if (yearDigits == 2)
            date.year += 2000; // Excel re-saves write "3/1/21"; billing data starts well after 2000
        if (first > 12 && second <= 12)
            return reject(error, DateError::DayFirst);
        date.month = first;
        date.day = second;
    } else {
        return reject(error, DateError::NotADate);
    }
    if (!isValidDay(date.year, date.month, date.day))
        return reject(error, DateError::NotADate);
    return date;
}

} // namespace cloudshift
