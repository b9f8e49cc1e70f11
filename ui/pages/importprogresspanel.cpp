#include "importprogresspanel.h"

#include "models/transferrate.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace cloudshift {

ImportProgressPanel::ImportProgressPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("<b>Importing…</b>"), this))
    , m_bar(new QProgressBar(this))
    , m_detail(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel Import"), this))
{
    m_bar->setTextVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false); // the engine stops at its next chunk; one request is enough
        m_title->setText(tr("<b>Cancelling…</b>"));
        Q_EMIT cancelRequested();
    });
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_bar, 0, 1);
    layout->addWidget(m_cancel, 0, 2);
    layout->addWidget(m_detail, 1, 1, 1, 2);
    layout->setColumnStretch(1, 1);
    hide();
}

void ImportProgressPanel::start()
{
    m_clock.start();
    m_title->setText(tr("<b>Importing…</b>"));
    // Busy until the engine's first byte count: it is still planning the files.
    m_bar->setRange(0, 0);
    m_detail->setText(tr("Opening the files…"));
    m_cancel->setEnabled(true);
    show();
}

void ImportProgressPanel::setProgress(qint64 doneBytes, qint64 totalBytes)
{
    // Permille: the bytes of a multi-gigabyte export overflow the bar's int range.
    m_bar->setRange(0, 1000);
    m_bar->setValue(totalBytes > 0 ? static_cast<int>(doneBytes * 1000 / totalBytes) : 0);
    m_detail->setText(
        TransferRate::describe(doneBytes, totalBytes, m_clock.isValid() ? m_clock.elapsed() : 0));
}

void ImportProgressPanel::finish()
{
    m_clock.invalidate();
    hide();
}

QString ImportProgressPanel::detailText() const
{
    return m_detail->text();
}

} // namespace cloudshift
