#include "billingimporter.h"

#include "billing/bytesource.h"
#include "billing/costaggregator.h"
#include "billing/csvreader.h"
#include "billing/exportdate.h"
#include "billing/freedmemory.h"
#include "billing/importplan.h"
#include "billing/parallelimport.h"
#include "billing/utf16source.h"
#include "billing/exportschema.h"

#include <QFileInfo>

#include <algorithm>
#include <charconv>

namespace cloudshift {

namespace {

    constexpr int kRowsPerProgressTick = 4096;

    QString text(std::string_view view)
    {
        return QString::fromUtf8(view.data(), static_cast<qsizetype>(std::min<std::size_t>(view.size(), 80)));
    }

    std::optional<double> parseQuantity(std::string_view value)
    {
        while (!value.empty() && value.front() == ' ')
            value.remove_prefix(1);
        if (!value.empty() && value.front() == '+')
            value.remove_prefix(1);
        double result = 0.0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), result);
        if (ec != std::errc() || end != value.data() + value.size())
            return std::nullopt;
        return result;
    }

} // namespace

BillingImporter::BillingImporter(Progress progress, const std::atomic_bool* cancel)
    : m_progress(std::move(progress))
    , m_cancel(cancel)
{
}

bool BillingImporter::cancelled()
{
    if (m_cancel && m_cancel->load(std::memory_order_relaxed))
        m_cancelled = true;
    return m_cancelled;
}

void BillingImporter::report(ImportSummary& summary, ImportDiagnostic::Severity severity, const QString& file,
    qint64 line, int column, const QString& message)
{
    if (summary.diagnostics.size() >= static_cast<std::size_t>(kMaxDiagnostics)) {
        ++summary.droppedDiagnostics;
        return;
    }
    summary.diagnostics.push_back(ImportDiagnostic{severity, file, line, column, message});
}

void BillingImporter::reportResourceLimit(ImportSummary& summary, const QString& path, std::int64_t line, int column)
{
    m_resourceLimitReached = true;
    const ImportDiagnostic limit{ImportDiagnostic::Severity::Error, path, line, column,
        QStringLiteral("more than %1 distinct resources, the import limit; nothing was imported (import the "
                       "subscriptions in parts)")
            .arg(m_limits.maxResources)};
    m_fatalError = limit.toString();
    // Listed first whatever else was found: it is why the import stopped.
    summary.diagnostics.insert(summary.diagnostics.begin(), limit);
}

BillingData BillingImporter::importInputs(const QStringList& inputs)
{
    keepLargeBlocksMapped();
    CostAggregator aggregator;
    aggregator.setResourceLimit(m_limits.maxResources);
    m_resourceLimitReached = false;
    ImportSummary summary;
    const std::vector<PlannedFile> files = planImportFiles(inputs, summary.diagnostics);
    for (const PlannedFile& file : files)
        m_totalBytes += QFileInfo(file.path).size();
    if (inputs.isEmpty())
        m_fatalError = QStringLiteral("no input files given");
    else if (files.empty() && summary.diagnostics.empty())
        m_fatalError = QStringLiteral("%1: no export files found").arg(inputs.join(QStringLiteral(", ")));
    int filesRead = 0;
    for (const PlannedFile& planned : files) {
        if (importFile(planned, aggregator, summary))
            ++filesRead;
        if (m_resourceLimitReached) {
            // A partial inventory would plan a part of the estate as if it were all of it.
            BillingData refused;
            refused.summary = std::move(summary);
            return refused;
        }
        if (cancelled()) {
            m_fatalError = QStringLiteral("import cancelled");
            break;
        }
    }
    if (filesRead == 0 && m_fatalError.isEmpty()) {
        for (const auto& d : summary.diagnostics) {
            if (d.severity == ImportDiagnostic::Severity::Error) {
                m_fatalError = d.toString();
                break;
            }
        }
    }
    for (const auto& [currency, total] : summary.exactTotals)
        summary.totalsByCurrency[currency] = microsFromExact(total);
    for (const auto& [currency, total] : summary.exactEffectiveTotals)
        summary.effectiveTotalsByCurrency[currency] = microsFromExact(total);
    BillingData data = aggregator.take();
    data.summary = std::move(summary);
    releaseFreedMemory(); // the aggregator's working state, gone now
    return data;
}

bool BillingImporter::importFile(const PlannedFile& planned, CostAggregator& aggregator, ImportSummary& summary)
{
    using Severity = ImportDiagnostic::Severity;
    const QString& path = planned.path;
    QString openError;
    std::unique_ptr<ByteSource> source = openByteSource(path, &openError);
    if (!source) {
        report(summary, Severity::Error, path, 0, 0, openError.mid(path.size() + 2));
        return false;
    }
    QFile head(path);
    if (head.open(QIODevice::ReadOnly)) {
        // Excel's "Unicode text" is UTF-16: decode it rather than refuse it.
        if (const auto order = Utf16Source::detect(head.read(2)))
            source = std::make_unique<Utf16Source>(std::move(source), *order);
    }
    CsvReader reader(*source, m_limits.maxRecordBytes);
    ImportedFile file;
    file.path = path;
    file.bytes = source->totalBytes();

    const auto status = reader.next();
    if (status == CsvReader::Status::End) {
        report(summary, Severity::Error, path, 0, 0, QStringLiteral("the file is empty"));
        return false;
    }
    if (status == CsvReader::Status::Error) {
        report(summary, Severity::Error, path, reader.errorLine(), reader.errorColumn(), reader.errorMessage());
        return false;
    }
    QString schemaError;
    for (const std::string_view header : reader.fields()) {
        if (header.find('\0') != std::string_view::npos) {
            report(summary, Severity::Error, path, reader.recordLine(), 0,
                QStringLiteral("the file holds binary data, not CSV text"));
            return false;
        }
    }
    auto schema = detectExportSchema(reader.fields(), &schemaError);
    if (!schema || schema->format == u"unknown") {
        // A header the user has mapped before is read with that mapping, never with a guess.
        const auto known = m_mappings.constFind(headerSignature(reader.fields()));
        if (known != m_mappings.constEnd()) {
            QString mappingError;
            schema = schemaFromMapping(reader.fields(), *known, &mappingError);
            if (!schema)
                schemaError = mappingError;
        }
    }
    if (!schema) {
        report(summary, Severity::Error, path, reader.recordLine(), 0, schemaError);
        return false;
    }
    file.format = schema->format;
    file.formatName = schema->formatName;
    file.schemaVersion = schema->schemaVersion;
    file.costKind = schema->costKind;
    file.manifest = planned.manifest;
    // The manifest names the dataset; it is the only witness that tells actual from amortized for sure.
    if (planned.manifestKind != CostKind::Unknown)
        file.costKind = planned.manifestKind;
    if (!planned.manifestVersion.isEmpty() && file.schemaVersion.isEmpty())
        file.schemaVersion = planned.manifestVersion;
    if (file.costKind == CostKind::Unknown) {
        // Actual and amortized files share one header; the file name is the usual witness.
        const QString name = QFileInfo(path).fileName().toLower();
        if (name.contains(u"amortized"))
            file.costKind = CostKind::Amortized;
        else if (name.contains(u"actual"))
            file.costKind = CostKind::Actual;
    }
    if (schema->format == u"unknown" && !m_mappings.contains(headerSignature(reader.fields())))
        report(summary, Severity::Warning, path, reader.recordLine(), 0,
            QStringLiteral("unrecognised export format; columns were matched by their usual Azure names"));

    const qint64 before = m_doneBytes;
    // A large plain file is read by two threads, each from its half; the result is what one would give.
    ParallelImport parallel;
    const bool complete = parallel.readRows(path, reader, *source, aggregator, summary, file,
        static_cast<std::size_t>(kMaxDiagnostics), [this, &schema](ParallelImport::Part& part) {
            return readRows(part.reader, *schema, part.file, part.aggregator, part.summary, part.progress,
                part.callerThread);
        });
    m_doneBytes = before + file.bytes;
    if (aggregator.refusedLine() >= 0) {
        const int idColumn = schema->column(Field::ResourceId);
        reportResourceLimit(summary, path, aggregator.refusedLine(), idColumn >= 0 ? idColumn + 1 : 0);
        return false;
    }
    summary.rows += file.rows;
    summary.skippedRows += file.skippedRows;
    if (complete && planned.expectedRows >= 0 && planned.expectedRows != file.rows)
        report(summary, Severity::Warning, path, 0, 0,
            QStringLiteral("the manifest lists %1 rows for this part file but it holds %2 (incomplete copy?)")
                .arg(planned.expectedRows)
                .arg(file.rows));
    summary.files.push_back(file);
    if (m_progress)
        m_progress(m_doneBytes, m_totalBytes);
    return complete || file.rows > 0;
}

bool BillingImporter::readRows(CsvReader& reader, const ExportSchema& schema, ImportedFile& file,
    CostAggregator& aggregator, ImportSummary& summary, ByteSource& source, bool callerThread)
{
    using Severity = ImportDiagnostic::Severity;
    const QString& path = file.path;
    auto cell = [&reader](int column) -> std::string_view {
        const auto& fields = reader.fields();
        if (column < 0 || static_cast<std::size_t>(column) >= fields.size())
            return {}; // short rows are padded with empty fields
        const std::string_view value = fields[static_cast<std::size_t>(column)];
        return value == "NULL" ? std::string_view() : value;
    };
    const int dateColumn = schema.column(Field::Date);
    const int costColumn = schema.column(Field::Cost);
    const int quantityColumn = schema.column(Field::Quantity);
    const int effectiveColumn = schema.column(Field::EffectiveCost);
    const qint64 base = m_doneBytes;
    std::string currentCurrency;
    ExactMoney* currentTotal = nullptr; // std::map nodes stay put, so the pointers remain valid
    ExactMoney* currentEffective = nullptr;

    for (qint64 counter = 1;; ++counter) {
        const auto status = reader.next();
        if (status == CsvReader::Status::End)
            return true;
        if (status == CsvReader::Status::Error) {
            report(summary, Severity::Error, path, reader.errorLine(), reader.errorColumn(),
                reader.errorMessage() + QStringLiteral("; the rest of the file was not read"));
            return false;
        }
        ++file.rows;
        if (reader.recordBytes() > m_limits.maxFieldBytes) {
            // Only a record this long can hold a field past the limit: the check costs nothing otherwise.
            const auto& fields = reader.fields();
            const auto tooLong = std::find_if(fields.begin(), fields.end(),
                [this](std::string_view field) { return field.size() > m_limits.maxFieldBytes; });
            if (tooLong != fields.end()) {
                ++file.skippedRows;
                report(summary, Severity::Error, path, reader.recordLine(), static_cast<int>(tooLong - fields.begin()) + 1,
                    QStringLiteral("a field of %1 bytes is longer than the %2 KB limit for one value, far beyond any "
                                   "Azure export value; row skipped")
                        .arg(tooLong->size())
                        .arg(m_limits.maxFieldBytes / 1024));
                continue;
            }
        }
        if (reader.fields().size() > static_cast<std::size_t>(schema.columnCount))
            report(summary, Severity::Warning, path, reader.recordLine(), schema.columnCount + 1,
                QStringLiteral("the row has %1 fields but the header %2 (an unquoted comma?); fields were read by "
                               "their header position")
                    .arg(reader.fields().size())
                    .arg(schema.columnCount));
        if (counter % kRowsPerProgressTick == 0) {
            // Only the caller's thread reports progress and records the cancel; a helper thread just stops.
            if (!callerThread) {
                if (m_cancel && m_cancel->load(std::memory_order_relaxed))
                    return false;
            } else {
                if (m_progress)
                    m_progress(base + source.progressBytes(), m_totalBytes);
                if (cancelled())
                    return false;
            }
        }

        CostRow row;
        DateError dateError = DateError::None;
        const std::string_view dateText = cell(dateColumn);
        const auto date = parseExportDate(dateText, &dateError);
        if (!date) {
            ++file.skippedRows;
            const QString message = dateError == DateError::DayFirst
                ? QStringLiteral("date '%1' is day/month/year; Azure writes month/day/year (was the file re-saved "
                                 "with another locale?); row skipped")
                      .arg(text(dateText))
                : QStringLiteral("'%1' is not a date; row skipped").arg(text(dateText));
            report(summary, Severity::Error, path, reader.recordLine(), dateColumn + 1, message);
            continue;
        }
        if (date->year < 2000 || date->year > 2300) {
            ++file.skippedRows;
            report(summary, Severity::Error, path, reader.recordLine(), dateColumn + 1,
                QStringLiteral("date '%1' is outside 2000–2300; row skipped").arg(text(dateText)));
            continue;
        }
        const std::string_view costText = cell(costColumn);
        const auto cost = costText.empty() ? std::optional<ExactMoney>(0) : parseExactMoney(costText);
        if (!cost) {
            ++file.skippedRows;
            report(summary, Severity::Error, path, reader.recordLine(), costColumn + 1,
                QStringLiteral("cost '%1' is not a number; row skipped").arg(text(costText)));
            continue;
        }
        const std::string_view quantityText = cell(quantityColumn);
        if (!quantityText.empty()) {
            if (const auto quantity = parseQuantity(quantityText)) {
                row.quantity = *quantity;
            } else {
                report(summary, Severity::Warning, path, reader.recordLine(), quantityColumn + 1,
                    QStringLiteral("quantity '%1' is not a number; counted as 0").arg(text(quantityText)));
            }
        }
        std::optional<ExactMoney> effectiveCost;
        if (effectiveColumn >= 0) {
            const std::string_view effectiveText = cell(effectiveColumn);
            effectiveCost = effectiveText.empty() ? std::optional<ExactMoney>(0) : parseExactMoney(effectiveText);
            if (!effectiveCost) {
                ++file.skippedRows;
                report(summary, Severity::Error, path, reader.recordLine(), effectiveColumn + 1,
                    QStringLiteral("effective cost '%1' is not a number; row skipped").arg(text(effectiveText)));
                continue;
            }
        }
        row.month = monthIndex(date->year, date->month);
        // Plans use amortized cost where the file has it, so reservations are charged to the
        // workloads that used them rather than to the month they were bought.
        row.cost = microsFromExact(effectiveCost.value_or(*cost));
        row.resourceId = cell(schema.column(Field::ResourceId));
        row.resourceName = cell(schema.column(Field::ResourceName));
        row.resourceGroup = cell(schema.column(Field::ResourceGroup));
        row.subscriptionId = cell(schema.column(Field::SubscriptionId));
        row.subscriptionName = cell(schema.column(Field::SubscriptionName));
        row.location = cell(schema.column(Field::Location));
        row.resourceType = cell(schema.column(Field::ResourceType));
        row.provider = cell(schema.column(Field::ProviderName));
        row.currency = cell(schema.column(Field::Currency));
        row.meterCategory = cell(schema.column(Field::MeterCategory));
        row.meterSubCategory = cell(schema.column(Field::MeterSubCategory));
        row.meterName = cell(schema.column(Field::MeterName));
        row.unit = cell(schema.column(Field::Unit));
        row.chargeType = cell(schema.column(Field::ChargeType));
        row.pricingModel = cell(schema.column(Field::PricingModel));
        row.tags = cell(schema.column(Field::Tags));
        row.additionalInfo = cell(schema.column(Field::AdditionalInfo));
        row.line = reader.recordLine();
        const CostAggregator::AddResult added = aggregator.add(row);
        if (!added.added)
            return false; // past the resource limit: importFile() reports it for the whole import
        if (added.tagsTooDeep)
            report(summary, Severity::Warning, path, reader.recordLine(), schema.column(Field::Tags) + 1,
                QStringLiteral("the tags nest deeper than %1 levels, far beyond any Azure tag set; kept as text, "
                               "not read as tags")
                    .arg(ImportLimits::kMaxJsonDepth));
        if (added.vmInfoTooDeep)
            report(summary, Severity::Warning, path, reader.recordLine(), schema.column(Field::AdditionalInfo) + 1,
                QStringLiteral("AdditionalInfo nests deeper than %1 levels, far beyond any Azure export; the VM size "
                               "was not read from it")
                    .arg(ImportLimits::kMaxJsonDepth));

        // Nearly every row repeats the previous row's currency: skip the string conversion and map lookup.
        if (!currentTotal || row.currency != currentCurrency) {
            currentCurrency.assign(row.currency);
            const QString currency = QString::fromUtf8(row.currency.data(), static_cast<qsizetype>(row.currency.size()));
            currentTotal = &summary.exactTotals[currency];
            currentEffective = effectiveColumn >= 0 ? &summary.exactEffectiveTotals[currency] : nullptr;
        }
        *currentTotal += *cost;
        if (effectiveCost && currentEffective)
            *currentEffective += *effectiveCost;
        const QDate day(date->year, date->month, date->day);
        if (!summary.firstDate.isValid() || day < summary.firstDate)
            summary.firstDate = day;
        if (!summary.lastDate.isValid() || day > summary.lastDate)
            summary.lastDate = day;
    }
}

} // namespace cloudshift
