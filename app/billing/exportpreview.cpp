#include "exportpreview.h"

#include "billing/bytesource.h"
#include "billing/csvreader.h"
#include "billing/utf16source.h"

#include <QFile>

namespace cloudshift {

namespace {

    QString text(std::string_view view) { return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size())); }

} // namespace

std::optional<Field> ExportPreview::roleOf(int column) const
{
    if (!schema)
        return std::nullopt;
    for (int f = 0; f < static_cast<int>(Field::Count); ++f) {
        if (schema->columns[f] == column)
            return static_cast<Field>(f);
    }
    return std::nullopt;
}

ExportPreview previewExport(const QString& path, int maxRows, const ColumnMappings& mappings)
{
    ExportPreview preview;
    preview.path = path;
    QString error;
    std::unique_ptr<ByteSource> source = openByteSource(path, &error);
    if (!source) {
        preview.error = error.mid(path.size() + 2);
        return preview;
    }
    QFile head(path);
    if (head.open(QIODevice::ReadOnly)) {
        if (const auto order = Utf16Source::detect(head.read(2)))
            source = std::make_unique<Utf16Source>(std::move(source), *order);
    }
    CsvReader reader(*source);
    const auto status = reader.next();
    if (status != CsvReader::Status::Record) {
        preview.error = status == CsvReader::Status::End
            ? QStringLiteral("the file is empty")
            : QStringLiteral("%1: %2").arg(reader.errorLine()).arg(reader.errorMessage());
        return preview;
    }
    const std::vector<std::string_view> header = reader.fields();
    for (const auto& h : header)
        preview.headers << text(h).trimmed();
    preview.signature = headerSignature(header);
    preview.schema = detectExportSchema(header, &preview.schemaError);
    const auto known = mappings.constFind(preview.signature);
    if (known != mappings.constEnd() && (!preview.schema || preview.schema->format == u"unknown")) {
        QString mappingError;
        if (auto mapped = schemaFromMapping(header, *known, &mappingError)) {
            preview.schema = std::move(mapped);
            preview.mappedByUser = true;
            preview.schemaError.clear();
        } else {
            preview.schemaError = mappingError;
        }
    }
    while (static_cast<int>(preview.rows.size()) < maxRows && reader.next() == CsvReader::Status::Record) {
        QStringList row;
        for (const auto& field : reader.fields())
            row << text(field);
        while (row.size() < preview.headers.size())
            row << QString();
        preview.rows.push_back(row);
    }
    return preview;
}

} // namespace cloudshift
