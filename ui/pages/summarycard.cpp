#include "summarycard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cloudshift {

SummaryCard::SummaryCard(const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
{
    // Palette roles only, no fixed colours: the card reads the same in light and dark themes.
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch();
    clear();
}

void SummaryCard::setCaption(const QString& caption)
{
    m_caption->setText(caption);
}

void SummaryCard::setContent(const QString& value, const QString& detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
}

void SummaryCard::clear()
{
    setContent(QStringLiteral("—"), QString());
}

QString SummaryCard::caption() const
{
    return m_caption->text();
}

QString SummaryCard::value() const
{
    return m_value->text();
}

QString SummaryCard::detail() const
{
    return m_detail->text();
}

} // namespace cloudshift
