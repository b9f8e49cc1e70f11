#pragma once

#include "pipeline/reportfigures.h"

#include <QAbstractTableModel>

#include <vector>

namespace cloudshift {

/// What the imported period cost per FOCUS service category on Azure and re-priced on each target: one
/// row per category, a column per cloud. Qt::DisplayRole holds the category name and money as double
/// (what QHBarModelMapper reads); SortRole the Micros.
class CategoryCostModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Category, Azure, Aws, Gcp, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    explicit CategoryCostModel(QObject* parent = nullptr);

    void setResults(const ReportFigures& figures);
    QString currency() const { return m_currency; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Micros valueAt(const CategoryCost& cost, int column) const;

    std::vector<CategoryCost> m_rows;
    QString m_currency;
};

} // namespace cloudshift
