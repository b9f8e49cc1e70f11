#include "projectioncostmodel.h"

#include "models/displaytext.h"
#include "models/monthlycostmodel.h"

namespace cloudshift {

ProjectionCostModel::ProjectionCostModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ProjectionCostModel::setResults(const ReportFigures& figures)
{
    beginResetModel();
    m_months = figures.months;
    m_series = { figures.baseline, figures.scenario, figures.allAws, figures.allGcp };
    m_scenarioName = figures.scenarioName;
    m_currency = figures.currency;
    endResetModel();
}

int ProjectionCostModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_months.size());
}

int ProjectionCostModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Micros ProjectionCostModel::valueAt(int row, int column) const
{
    const std::vector<Micros>& series = m_series.at(static_cast<std::size_t>(column - Baseline));
    return static_cast<std::size_t>(row) < series.size() ? series[static_cast<std::size_t>(row)] : 0;
}

QVariant ProjectionCostModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDate& month = m_months[static_cast<std::size_t>(index.row())];
    const bool isMonth = index.column() == Month;
    switch (role) {
    case Qt::DisplayRole:
        if (isMonth)
            return static_cast<qreal>(MonthlyCostModel::plotTime(month));
        return microsToDouble(valueAt(index.row(), index.column()));
    case SortRole:
        if (isMonth)
            return month;
        return qint64 { valueAt(index.row(), index.column()) };
    case Qt::ToolTipRole:
        if (isMonth)
            return monthText(month);
        return tr("%1, %2: %3")
            .arg(headerData(index.column(), Qt::Horizontal).toString(), monthText(month),
                moneyWithCurrency(valueAt(index.row(), index.column()), m_currency));
    case Qt::TextAlignmentRole:
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ProjectionCostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Month:
        return tr("Month");
    case Baseline:
        return tr("Stay on Azure");
    case Scenario:
        return m_scenarioName.isEmpty() ? tr("Scenario") : tr("Scenario: %1").arg(m_scenarioName);
    case AllAws:
        return tr("All to AWS");
    default:
        return tr("All to Google Cloud");
    }
}

} // namespace cloudshift
