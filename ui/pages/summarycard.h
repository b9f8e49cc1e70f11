#pragma once

#include <QFrame>

class QLabel;

namespace cloudshift {

/// One headline figure of the overview: a caption, the value in large type and a detail line.
class SummaryCard : public QFrame
{
    Q_OBJECT

public:
    explicit SummaryCard(const QString& caption, QWidget* parent = nullptr);

    void setCaption(const QString& caption);
    void setContent(const QString& value, const QString& detail);
    void clear();

    QString caption() const;
    QString value() const;
    QString detail() const;

private:
    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace cloudshift
