#include "monthlycostmodel.h"

#include "models/displaytext.h"

#include <QDateTime>
#include <QTime>

namespace cloudshift {

MonthlyCostModel::MonthlyCostModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MonthlyCostModel::setResults(const PlanResult& plan)
{
    beginResetModel();
    m_months = plan.months;
    m_series = { plan.baseline.monthly, plan.aws.monthly, plan.gcp.monthly };
    m_seriesNames = { plan.baseline.name, plan.aws.name, plan.gcp.name };
    m_currency = plan.currency;
    endResetModel();
}

qint64 MonthlyCostModel::plotTime(const QDate& month)
{
    return QDateTime(QDate(month.year(), month.month(), 15), QTime(12, 0)).toMSecsSinceEpoch();
}

int MonthlyCostModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_months.size());
}

int MonthlyCostModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const std::vector<Micros>& MonthlyCostModel::seriesFor(int column) const
{
    return m_series.at(static_cast<std::size_t>(column - Baseline));
}

Micros MonthlyCostModel::valueAt(int row, int column) const
{
    // A series shorter than the month list would be an engine bug; show nothing rather than crash.
    const std::vector<Micros>& series = seriesFor(column);
    return static_cast<std::size_t>(row) < series.size() ? series[static_cast<std::size_t>(row)] : 0;
}

QVariant MonthlyCostModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDate& month = m_months[static_cast<std::size_t>(index.row())];
    const bool isMonth = index.column() == Month;
    switch (role) {
    case Qt::DisplayRole:
        if (isMonth)
            return static_cast<qreal>(plotTime(month));
        return microsToDouble(valueAt(index.row(), index.column()));
    case SortRole:
        if (isMonth)
            return month;
        return qint64 { valueAt(index.row(), index.column()) };
    case Qt::ToolTipRole:
        if (isMonth)
            return monthText(month);
        return tr("%1, %2: %3")
            .arg(m_seriesNames.at(static_cast<std::size_t>(index.column() - Baseline)), monthText(month),
                moneyWithCurrency(valueAt(index.row(), index.column()), m_currency));
    case Qt::TextAlignmentRole:
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant MonthlyCostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Month)
        return tr("Month");
    const QString& name = m_seriesNames.at(static_cast<std::size_t>(section - Baseline));
    if (!name.isEmpty())
        return name;
    // Before the first plan arrives the chart legend still needs names.
    switch (section) {
    case Baseline:
        return tr("Azure (baseline)");
    case Aws:
        return tr("All to AWS");
    default:
        return tr("All to Google Cloud");
    }
}

} // namespace cloudshift
