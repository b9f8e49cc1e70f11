#include "exportpreviewpanel.h"

#include "models/exportpreviewmodel.h"
#include "models/importfilesmodel.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

namespace cloudshift {

namespace {

QString describe(const ExportPreview& preview)
{
    if (!preview.error.isEmpty())
        return ExportPreviewPanel::tr("Cannot read this file: %1").arg(preview.error);
    if (!preview.schema)
        return ExportPreviewPanel::tr("Header not recognised: %1. Map its columns to import it.")
            .arg(preview.schemaError);
    const ExportSchema& schema = *preview.schema;
    QStringList parts { schema.formatName.isEmpty() ? schema.format : schema.formatName };
    if (!preview.mappedByUser)
        parts << (schema.schemaVersion.isEmpty()
                ? ExportPreviewPanel::tr("schema version not stated")
                : ExportPreviewPanel::tr("schema %1").arg(schema.schemaVersion));
    if (schema.costKind != CostKind::Unknown)
        parts << ExportPreviewPanel::tr("%1 costs").arg(ImportFilesModel::costKindText(schema.costKind));
    if (!schema.costColumnName.isEmpty())
        parts << ExportPreviewPanel::tr("cost from %1").arg(schema.costColumnName);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ExportPreviewPanel::ExportPreviewPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new ExportPreviewModel(this))
    , m_files(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_format(new QLabel(this))
    , m_map(new QPushButton(tr("Map Columns…"), this))
    , m_table(new QTableView(this))
{
    m_files->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_files->setMinimumContentsLength(24);
    connect(m_files, &QComboBox::currentIndexChanged, this, &ExportPreviewPanel::showPreview);
    m_format->setWordWrap(true);
    m_format->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_map, &QPushButton::clicked, this, [this] {
        if (const ExportPreview* preview = currentPreview())
            Q_EMIT mapColumnsRequested(*preview);
    });

    m_table->setModel(m_model);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // Columns differ tenfold in width; scrolling by whole columns jumps past the narrow ones.
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() + 6);

    auto* fileLabel = new QLabel(tr("&Preview of:"), this);
    fileLabel->setBuddy(m_files);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fileLabel, 0, 0);
    layout->addWidget(m_files, 0, 1);
    layout->addWidget(m_count, 0, 2);
    layout->addWidget(m_format, 1, 0, 1, 3);
    layout->addWidget(m_map, 1, 3, Qt::AlignRight);
    layout->addWidget(m_table, 2, 0, 1, 4);
    layout->setColumnStretch(2, 1);
    layout->setRowStretch(2, 1);
    clear();
}

void ExportPreviewPanel::setInspection(const ExportInspection& inspection, int current)
{
    m_inspection = inspection;
    const auto previewed = static_cast<int>(m_inspection.previews.size());
    const int index = previewed == 0 ? -1 : std::clamp(current, 0, previewed - 1);
    {
        const QSignalBlocker blocker(m_files); // one preview shown below, not one per item added
        m_files->clear();
        for (const ExportPreview& preview : m_inspection.previews) {
            m_files->addItem(QFileInfo(preview.path).fileName());
            m_files->setItemData(
                m_files->count() - 1, QDir::toNativeSeparators(preview.path), Qt::ToolTipRole);
        }
        m_files->setCurrentIndex(index);
    }
    const QLocale locale;
    m_count->setText(m_inspection.fileCount > previewed
            ? tr("%1 files; the first %2 are previewed")
                  .arg(locale.toString(m_inspection.fileCount), locale.toString(previewed))
            : m_inspection.fileCount == 1 ? tr("one file")
                                          : tr("%1 files").arg(locale.toString(m_inspection.fileCount)));
    m_files->setEnabled(previewed > 1);
    showPreview(index);
}

void ExportPreviewPanel::clear()
{
    setInspection(ExportInspection {});
    m_count->clear();
}

const ExportPreview* ExportPreviewPanel::currentPreview() const
{
    const int index = m_files->currentIndex();
    if (index < 0 || index >= static_cast<int>(m_inspection.previews.size()))
        return nullptr;
    return &m_inspection.previews[static_cast<std::size_t>(index)];
}

QString ExportPreviewPanel::formatText() const
{
    return m_format->text();
}

void ExportPreviewPanel::showPreview(int index)
{
    const ExportPreview* preview = index >= 0 ? currentPreview() : nullptr;
    m_model->setPreview(preview ? *preview : ExportPreview {});
    // Wide enough for "CostInBillingCurrency → Cost"; a long JSON cell must not push the rest away.
    m_table->resizeColumnsToContents();
    const int widest = m_table->fontMetrics().averageCharWidth() * 40;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        // The header view measures with its own font; a bold role header needs its own measure.
        const QVariant font = m_model->headerData(column, Qt::Horizontal, Qt::FontRole);
        const int header = font.isValid()
            ? QFontMetrics(font.value<QFont>())
                    .horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())
                + m_table->fontMetrics().averageCharWidth() * 3
            : 0;
        m_table->setColumnWidth(column, std::max(std::min(m_table->columnWidth(column), widest), header));
    }
    if (!preview) {
        m_format->setText(
            m_inspection.problems.isEmpty() ? tr("No file to preview.") : m_inspection.problems.join(u'\n'));
        m_map->hide();
        return;
    }
    m_format->setText(describe(*preview));
    // A recognised header needs no mapping; one the user mapped can be corrected.
    const bool unknown = preview->error.isEmpty() && !preview->schema;
    m_map->setText(preview->mappedByUser ? tr("Edit Column Mapping…") : tr("Map Columns…"));
    m_map->setVisible(unknown || preview->mappedByUser);
}

} // namespace cloudshift
