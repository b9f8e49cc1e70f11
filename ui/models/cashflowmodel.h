#pragma once

#include "pipeline/reportfigures.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace cloudshift {

/// The scenario's cash flow against staying on Azure, one row per horizon month: the one-time costs
/// booked that month, the month's net saving and the running total. Money columns hold double in
/// Qt::DisplayRole (for chart mappers) and Micros in SortRole; the month column holds its label.
class CashFlowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Month, OneTime, NetSavings, Cumulative, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, ///< QDate for Month, Micros as qint64 for money
    };
    Q_ENUM(Role)

    explicit CashFlowModel(QObject* parent = nullptr);

    void setResults(const ReportFigures& figures);
    QString currency() const { return m_currency; }
    /// The row from which the cumulative saving stays ≥ 0; nullopt when it never does.
    std::optional<int> breakEvenRow() const { return m_breakEven; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Micros valueAt(int row, int column) const;

    std::vector<QDate> m_months;
    std::vector<Micros> m_oneTime;
    std::vector<Micros> m_net;
    std::vector<Micros> m_cumulative;
    std::optional<int> m_breakEven;
    QString m_currency;
};

} // namespace cloudshift
