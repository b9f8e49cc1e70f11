#pragma once

#include "billing/columnmapping.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QStringList>

#include <vector>

namespace cloudshift {

/// The column-mapping step for a header CloudShift does not recognise: one row per field it can read,
/// the file's column the user picked for it (editable), and that column's first value as a reminder
/// of what it holds. Required fields come first and are marked.
class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, SourceColumn, SampleColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        /// The field id of the row ("date"), on every column.
        FieldRole = Qt::UserRole + 1,
        /// Whether the row's field must be mapped (bool), on every column.
        RequiredRole,
        /// SourceColumn: the header names to choose from (QStringList); an empty choice means none.
        ChoicesRole,
    };
    Q_ENUM(Role)

    explicit ColumnMappingModel(QObject* parent = nullptr);

    /// Starts a mapping of `headers`, showing `sample` (the first data row) beside each choice and
    /// starting from `mapping` (a remembered one, or empty).
    void setHeader(const QStringList& headers, const QStringList& sample, const ColumnMapping& mapping = {});

    ColumnMapping mapping() const;
    /// Every required field has a column.
    bool isComplete() const;
    int rowOf(Field field) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Field field;
        int column = -1; ///< index into m_headers; -1 when not mapped
    };
    QVariant displayValue(const Row& row, int column) const;

    std::vector<Row> m_rows;
    QStringList m_headers;
    QStringList m_sample;
    QFont m_requiredFont;
};

} // namespace cloudshift
