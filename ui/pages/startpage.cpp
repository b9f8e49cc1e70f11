#include "startpage.h"

#include "desktop/appicon.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cloudshift {

namespace {

constexpr int kMaxRecent = 5;

} // namespace

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
    , m_demo(new QCommandLinkButton(tr("Open the demo"), this))
    , m_import(new QCommandLinkButton(tr("Import exports…"), this))
    , m_project(new QCommandLinkButton(tr("Open a project…"), this))
    , m_recent(new QLabel(this))
{
    auto* icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(QSize(96, 96), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    auto* title
        = new QLabel(tr("<h1>Welcome to CloudShift</h1>"
                        "<p>Compare what your Azure workloads cost today with what they would cost on "
                        "AWS and Google Cloud. Everything stays on this computer.</p>"),
            this);
    title->setWordWrap(true);
    title->setAlignment(Qt::AlignCenter);

    m_demo->setDescription(tr("A sample company's year of Azure costs, analysed in a few seconds."));
    m_import->setDescription(tr("Azure cost exports: EA, MCA, pay-as-you-go or FOCUS; CSV or .csv.gz, a "
                                "folder of part files or a manifest.json. You can also drop them here."));
    m_project->setDescription(tr("A saved CloudShift project (.cloudshift)."));
    connect(m_demo, &QCommandLinkButton::clicked, this, &StartPage::openDemoRequested);
    connect(m_import, &QCommandLinkButton::clicked, this, &StartPage::importRequested);
    connect(m_project, &QCommandLinkButton::clicked, this, &StartPage::openProjectRequested);

    m_recent->setWordWrap(true);
    m_recent->setTextFormat(Qt::RichText);
    m_recent->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_recent, &QLabel::linkActivated, this, [this](const QString& link) {
        const qsizetype at = link.toLongLong();
        if (at >= 0 && at < m_entries.size())
            Q_EMIT openRecentRequested(m_entries.at(at));
    });

    auto* column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(icon);
    column->addWidget(title);
    column->addSpacing(12);
    column->addWidget(m_demo);
    column->addWidget(m_import);
    column->addWidget(m_project);
    column->addSpacing(12);
    column->addWidget(m_recent);
    column->addStretch(3);
    // A readable measure on a wide window: the column keeps to about 70 characters.
    auto* centre = new QWidget(this);
    centre->setLayout(column);
    centre->setMaximumWidth(fontMetrics().averageCharWidth() * 80);
    auto* layout = new QHBoxLayout(this);
    layout->addStretch();
    layout->addWidget(centre, 1);
    layout->addStretch();
    setRecentEntries({});
}

void StartPage::setRecentEntries(const QList<QStringList>& entries)
{
    m_entries = entries.mid(0, kMaxRecent);
    if (m_entries.isEmpty()) {
        m_recent->hide();
        return;
    }
    QString html = u"<p><b>" + tr("Recent exports") + u"</b></p><p>";
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const QStringList& inputs = m_entries.at(i);
        const QString first = QFileInfo(inputs.constFirst()).fileName();
        const QString label
            = inputs.size() == 1 ? first : tr("%1 and %n more", nullptr, int(inputs.size() - 1)).arg(first);
        html += QStringLiteral("<a href=\"%1\">%2</a> <small>%3</small><br>")
                    .arg(QString::number(i), label.toHtmlEscaped(),
                        QDir::toNativeSeparators(QFileInfo(inputs.constFirst()).absolutePath())
                            .toHtmlEscaped());
    }
    m_recent->setText(html + u"</p>");
    m_recent->show();
}

} // namespace cloudshift
