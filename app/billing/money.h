#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace cloudshift {

/// Money in millionths of a currency unit (micro-units).
///
/// Billing exports carry costs with up to 20 decimals and millions of rows; summing them as doubles
/// drifts by cents. Each value is rounded once, half to even, to a micro-unit and summed as an integer,
/// so a total reconciles with the file to the cent. The range (±9.2e12 units) covers any currency's
/// enterprise spend.
using Micros = std::int64_t;

inline constexpr Micros kMicrosPerUnit = 1'000'000;

/// Money exactly as an export writes it, in 10^-12 units. Rounding every row to a micro-unit is
/// unbiased in theory, but real exports carry values whose digits past the sixth are not uniform, so
/// totals over millions of rows drift by cents; totals are therefore summed from the exact values and
/// rounded once.
__extension__ using ExactMoney = __int128;
inline constexpr int kExactScaleDigits = 12;

/// Parses a decimal as written in exports: "12.5", "-0.25", "5.64902E-05", "1e3", ".5".
/// Returns nullopt for anything that is not a number (empty, "NULL", "abc", overflow).
std::optional<Micros> parseMoney(std::string_view text);

/// Parses like parseMoney() but keeps 12 decimals (rounded half to even beyond that).
std::optional<ExactMoney> parseExactMoney(std::string_view text);

/// Rounds an exact amount to micro-units, half to even.
Micros microsFromExact(ExactMoney value);

/// Converts a double (a catalog price times a quantity) to micro-units, rounding half away from zero.
Micros microsFromDouble(double value);
double microsToDouble(Micros value);

/// "1234.57" with the given number of decimals, rounding half away from zero; no grouping, '.' separator.
QString formatMoney(Micros value, int decimals = 2);

} // namespace cloudshift
