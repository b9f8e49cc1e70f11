#include "columnmappingdialog.h"

#include "dialogs/columnchoicedelegate.h"
#include "models/columnmappingmodel.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <string_view>
#include <vector>

namespace cloudshift {

ColumnMappingDialog::ColumnMappingDialog(
    const ExportPreview& preview, const ColumnMapping& initial, QWidget* parent)
    : QDialog(parent)
    , m_preview(preview)
    , m_model(new ColumnMappingModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const QString fileName = QFileInfo(preview.path).fileName();
    setWindowTitle(tr("Map Columns of %1").arg(fileName));
    m_model->setHeader(preview.headers, preview.rows.empty() ? QStringList() : preview.rows.front(), initial);

    auto* intro
        = new QLabel(tr("CloudShift does not recognise the header of <b>%1</b>. Pick the column that "
                        "holds each field; the fields in bold are required. Your choice is remembered "
                        "for every file with the same header.")
                         .arg(fileName.toHtmlEscaped()),
            this);
    intro->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(
        ColumnMappingModel::SourceColumn, new ColumnChoiceDelegate(ColumnMappingModel::ChoicesRole, m_view));
    m_view->verticalHeader()->hide();
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->horizontalHeader()->setSectionResizeMode(
        ColumnMappingModel::FieldColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(
        ColumnMappingModel::SourceColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ColumnMappingModel::SourceColumn, 220);
    // Every choice is visible at once, like a form, rather than behind a double-click.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->openPersistentEditor(m_model->index(row, ColumnMappingModel::SourceColumn));

    m_status->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import with This Mapping"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ColumnMappingDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(640, 560);
    validate();
}

ColumnMapping ColumnMappingDialog::mapping() const
{
    return m_model->mapping();
}

void ColumnMappingDialog::validate()
{
    // The engine's own check, on the same header it will read: what it accepts here it imports.
    std::vector<QByteArray> storage;
    storage.reserve(static_cast<std::size_t>(m_preview.headers.size()));
    for (const QString& header : m_preview.headers)
        storage.push_back(header.toUtf8());
    std::vector<std::string_view> header;
    for (const QByteArray& name : storage)
        header.emplace_back(name.constData(), static_cast<std::size_t>(name.size()));
    m_problem.clear();
    if (!schemaFromMapping(header, m_model->mapping(), &m_problem) && m_problem.isEmpty())
        m_problem = tr("the mapping is incomplete");
    m_status->setText(m_problem.isEmpty() ? tr("Ready to import.") : tr("Still needed: %1.").arg(m_problem));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

} // namespace cloudshift
