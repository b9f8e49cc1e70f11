#pragma once

#include "billing/importresult.h"

#include <QAbstractTableModel>

#include <vector>

namespace cloudshift {

/// The files of an import, one row each: detected format, schema version, rows read and skipped.
class ImportFilesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { File, Format, SchemaVersion, Costs, Size, Rows, SkippedRows, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        /// The raw value: path, format id, schema version, CostKind as int, bytes, row counts.
        SortRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    explicit ImportFilesModel(QObject* parent = nullptr);

    void setResults(const ImportSummary& summary);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString costKindText(CostKind kind);

private:
    QVariant displayValue(const ImportedFile& file, int column) const;
    QVariant sortValue(const ImportedFile& file, int column) const;

    std::vector<ImportedFile> m_files;
};

} // namespace cloudshift
