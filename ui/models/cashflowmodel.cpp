#include "cashflowmodel.h"

#include "models/displaytext.h"

namespace cloudshift {

CashFlowModel::CashFlowModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CashFlowModel::setResults(const ReportFigures& figures)
{
    beginResetModel();
    m_months = figures.months;
    m_oneTime = figures.oneTime;
    m_net = figures.netSavings;
    m_cumulative = figures.cumulativeSavings;
    m_breakEven = figures.breakEvenMonth;
    m_currency = figures.currency;
    endResetModel();
}

int CashFlowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_months.size());
}

int CashFlowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Micros CashFlowModel::valueAt(int row, int column) const
{
    const std::vector<Micros>& series = column == OneTime ? m_oneTime
        : column == NetSavings                            ? m_net
                                                          : m_cumulative;
    return static_cast<std::size_t>(row) < series.size() ? series[static_cast<std::size_t>(row)] : 0;
}

QVariant CashFlowModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDate& month = m_months[static_cast<std::size_t>(index.row())];
    const bool isMonth = index.column() == Month;
    switch (role) {
    case Qt::DisplayRole:
        if (isMonth)
            return monthText(month);
        return microsToDouble(valueAt(index.row(), index.column()));
    case SortRole:
        if (isMonth)
            return month;
        return qint64 { valueAt(index.row(), index.column()) };
    case Qt::ToolTipRole: {
        if (isMonth)
            return monthText(month);
        QString text = tr("%1, %2: %3")
                           .arg(headerData(index.column(), Qt::Horizontal).toString(), monthText(month),
                               moneyWithCurrency(valueAt(index.row(), index.column()), m_currency));
        if (m_breakEven && *m_breakEven == index.row())
            text += u'\n' + tr("Break-even: the cumulative saving stays positive from this month");
        return text;
    }
    default:
        return {};
    }
}

QVariant CashFlowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Month:
        return tr("Month");
    case OneTime:
        return tr("One-time costs");
    case NetSavings:
        return tr("Net saving");
    default:
        return tr("Cumulative saving vs Azure");
    }
}

} // namespace cloudshift
