#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace cloudshift {

class CatalogSourcesModel;

/// Help ▸ About: the version, the Qt it was built with and runs on, the price catalog's date and the
/// public data sets the catalog and the latency tables were compiled from, with their licences — the
/// attributions those licences ask for.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// "CloudShift 0.1.0"
    QString versionText() const;
    /// "Qt 6.4.2 (built with 6.4.2)"
    QString qtText() const;
    /// "Prices as of 2026-07-30"
    QString catalogText() const;
    CatalogSourcesModel* sourcesModel() const { return m_sourcesModel; }
    QTableView* sourcesView() const { return m_sourcesView; }

private:
    QLabel* m_version;
    QLabel* m_qt;
    QLabel* m_catalog;
    CatalogSourcesModel* m_sourcesModel;
    QTableView* m_sourcesView;
};

} // namespace cloudshift
