#pragma once

#include "catalog/catalogsource.h"

#include <QAbstractTableModel>

#include <vector>

namespace cloudshift {

/// The public data sets the price catalog was compiled from, for the attributions in the About dialog.
class CatalogSourcesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, AsOf, Licence, Upstream, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        /// The source's id ("aws-karpenter"), on every column.
        SourceIdRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    explicit CatalogSourcesModel(QObject* parent = nullptr);

    void setSources(const std::vector<CatalogSource>& sources);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<CatalogSource> m_sources;
};

} // namespace cloudshift
