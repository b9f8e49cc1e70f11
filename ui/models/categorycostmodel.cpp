#include "categorycostmodel.h"

#include "models/displaytext.h"

namespace cloudshift {

CategoryCostModel::CategoryCostModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CategoryCostModel::setResults(const ReportFigures& figures)
{
    beginResetModel();
    m_rows = figures.categories;
    m_currency = figures.currency;
    endResetModel();
}

int CategoryCostModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CategoryCostModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Micros CategoryCostModel::valueAt(const CategoryCost& cost, int column) const
{
    return column == Azure ? cost.azure : column == Aws ? cost.aws : cost.gcp;
}

QVariant CategoryCostModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CategoryCost& cost = m_rows[static_cast<std::size_t>(index.row())];
    const bool isName = index.column() == Category;
    switch (role) {
    case Qt::DisplayRole:
        return isName ? QVariant(cost.category) : QVariant(microsToDouble(valueAt(cost, index.column())));
    case SortRole:
        return isName ? QVariant(cost.category) : QVariant(qint64 { valueAt(cost, index.column()) });
    case Qt::ToolTipRole:
        if (isName)
            return cost.category;
        return tr("%1, %2: %3")
            .arg(cost.category, headerData(index.column(), Qt::Horizontal).toString(),
                moneyWithCurrency(valueAt(cost, index.column()), m_currency));
    default:
        return {};
    }
}

QVariant CategoryCostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return m_rows[static_cast<std::size_t>(section)].category;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Category:
        return tr("Service category");
    case Azure:
        return tr("Azure (baseline)");
    case Aws:
        return tr("All to AWS");
    default:
        return tr("All to Google Cloud");
    }
}

} // namespace cloudshift
