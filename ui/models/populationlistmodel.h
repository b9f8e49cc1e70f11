#pragma once

#include "latency/userpopulation.h"

#include <QAbstractTableModel>

#include <vector>

namespace cloudshift {

/// The user populations of one workload while the architect edits them in the populations dialog: where
/// the users are (a region "cloud:region" or a place "latitude, longitude"), their share and a name. The
/// dialog hands the finished list to one undo command; nothing here reaches the document directly.
class PopulationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Where, Share, Name, ColumnCount };
    Q_ENUM(Column)

    explicit PopulationListModel(QObject* parent = nullptr);

    void setPopulations(const std::vector<UserPopulation>& populations);
    const std::vector<UserPopulation>& populations() const { return m_populations; }
    /// Appends "users near `region`" with share 1.
    void addPopulation(const QString& region);
    void removePopulation(int row);

    /// "aws:eu-west-1" → that region; "53.55, 9.99" → that place; false for anything else.
    static bool parseWhere(const QString& text, UserPopulation& users);
    static QString whereText(const UserPopulation& users);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<UserPopulation> m_populations;
};

} // namespace cloudshift
