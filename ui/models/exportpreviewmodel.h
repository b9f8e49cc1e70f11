#pragma once

#include "billing/exportpreview.h"

#include <QAbstractTableModel>
#include <QFont>

#include <optional>
#include <vector>

namespace cloudshift {

/// The first rows of one export as the file has them, one column per header. Each column's header says
/// the field CloudShift reads it as ("CostInBillingCurrency → Cost"); columns it does not read keep their
/// name alone.
class ExportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        /// Header only: the field id of the column's role ("cost"), empty when the column is not read.
        FieldRole = Qt::UserRole + 1,
        /// Header only: the column's name as written in the file.
        HeaderTextRole,
    };
    Q_ENUM(Role)

    explicit ExportPreviewModel(QObject* parent = nullptr);

    void setPreview(const ExportPreview& preview);
    const ExportPreview& preview() const { return m_preview; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant columnHeader(int column, int role) const;

    ExportPreview m_preview;
    std::vector<std::optional<Field>> m_roles; ///< per column, looked up once per preview
    QFont m_roleFont;
};

} // namespace cloudshift
