#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>

namespace cloudshift {

// The export period as whole calendar months (EA billing periods), with days numbered from 0.
class BillingCalendar
{
public:
    BillingCalendar(QDate firstMonth, int months);

    int months() const { return int(m_monthFirstDays.size()) - 1; }
    int totalDays() const { return m_monthFirstDays.last(); }
    int monthFirstDay(int month) const { return m_monthFirstDays.at(month); }
    int daysInMonth(int month) const { return m_monthFirstDays.at(month + 1) - m_monthFirstDays.at(month); }
    int monthOf(int day) const;
    QDate monthStart(int month) const { return m_start.addMonths(month); }
    QDate monthEnd(int month) const { return monthStart(month + 1).addDays(-1); }
    QDate date(int day) const { return m_start.addDays(day); }
    bool isWeekend(int day) const { return date(day).dayOfWeek() >= 6; }

    // EA cost files write dates as MM/DD/YYYY with leading zeros.
    static void appendDate(QByteArray& out, QDate date);

private:
    QDate m_start;
    QList<int> m_monthFirstDays; // months + 1 entries; the last is the total day count
};

} // namespace cloudshift
