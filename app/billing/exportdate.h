#pragma once

#include <optional>
#include <string_view>

namespace cloudshift {

struct ExportDate
{
    int year = 0;
    int month = 0;
    int day = 0;
};

enum class DateError { None, Empty, NotADate, DayFirst };

/// Parses the date forms Azure exports contain: ISO 8601 ("2024-01-01", "2024-01-01T00:00Z",
/// "2024-09-01 00:00:00") and US month/day/year ("09/04/2023", "9/2/2023", "3/1/21", "9/2/2023 0:00").
///
/// Slash dates are always month first, as Azure writes them: the order is never guessed from the values.
/// A first number above 12 is reported as DayFirst so the user learns the file was re-saved with a
/// day-first locale.
std::optional<ExportDate> parseExportDate(std::string_view text, DateError* error = nullptr);

} // namespace cloudshift
