#include "dependencycsv.h"

#include "billing/bytesource.h"
#include "billing/csvreader.h"

#include <array>
#include <cmath>
#include <memory>

namespace cloudshift {

namespace {

constexpr std::array<const char*, 4> kColumns { "from", "to", "gb_per_month", "calls_per_second" };

QString text(const std::vector<std::string_view>& fields, int column)
{
    const std::string_view value = fields[static_cast<std::size_t>(column)];
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size())).trimmed();
}

} // namespace

std::optional<DependencyFlows> readDependencyCsv(const QString& path, QString* error)
{
    QString openError;
    const std::unique_ptr<ByteSource> source = openByteSource(path, &openError);
    if (!source) {
        *error = QStringLiteral("%1: %2").arg(path, openError);
        return std::nullopt;
    }
    const auto fail = [&](qint64 line, int column, const QString& message) {
        *error = QStringLiteral("%1:%2:%3: %4").arg(path).arg(line).arg(column).arg(message);
        return std::nullopt;
    };
    CsvReader reader(*source);
    std::array<int, kColumns.size()> columnOf {};
    columnOf.fill(-1);
    bool header = true;
    DependencyFlows flows;
    for (;;) {
        const CsvReader::Status status = reader.next();
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error)
            return fail(reader.errorLine(), reader.errorColumn(), reader.errorMessage());
        const std::vector<std::string_view>& fields = reader.fields();
        const auto count = static_cast<int>(fields.size());
        if (header) {
            for (int c = 0; c < count; ++c) {
                for (std::size_t k = 0; k < kColumns.size(); ++k) {
                    if (columnOf[k] < 0
                        && text(fields, c).compare(QLatin1String(kColumns[k]), Qt::CaseInsensitive) == 0)
                        columnOf[k] = c;
                }
            }
            for (std::size_t k = 0; k < kColumns.size(); ++k) {
                if (columnOf[k] < 0)
                    return fail(reader.recordLine(), 1,
                        QStringLiteral(
                            "the header has no column %1 (expected from,to,gb_per_month,calls_per_second)")
                            .arg(QLatin1String(kColumns[k])));
            }
            header = false;
            continue;
        }
        DependencyFlow flow;
        std::array<double, 2> numbers {};
        for (std::size_t k = 0; k < kColumns.size(); ++k) {
            const int column = columnOf[k];
            if (column >= count)
                return fail(reader.recordLine(), count + 1,
                    QStringLiteral("missing %1 (the row has %2 fields)")
                        .arg(QLatin1String(kColumns[k]))
                        .arg(count));
            const QString value = text(fields, column);
            if (k < 2) {
                if (value.isEmpty())
                    return fail(reader.recordLine(), column + 1,
                        QStringLiteral("empty workload name (%1)").arg(QLatin1String(kColumns[k])));
                (k == 0 ? flow.from : flow.to) = value;
                continue;
            }
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (!ok || !std::isfinite(number))
                return fail(reader.recordLine(), column + 1,
                    QStringLiteral("'%1' is not a number (%2)").arg(value, QLatin1String(kColumns[k])));
            if (number < 0.0)
                return fail(reader.recordLine(), column + 1,
                    QStringLiteral("%1 must be 0 or more, not %2").arg(QLatin1String(kColumns[k]), value));
            numbers[k - 2] = number;
        }
        if (flow.from == flow.to)
            return fail(reader.recordLine(), columnOf[1] + 1,
                QStringLiteral("'%1' depends on itself").arg(flow.from));
        flow.gbPerMonth = numbers[0];
        flow.callsPerSecond = numbers[1];
        flows.push_back(flow);
    }
    if (header)
        return fail(
            1, 1, QStringLiteral("empty file (expected the header from,to,gb_per_month,calls_per_second)"));
    return flows;
}

} // namespace cloudshift
