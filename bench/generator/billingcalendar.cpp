#include "billingcalendar.h"

namespace cloudshift {

BillingCalendar::BillingCalendar(QDate firstMonth, int months)
    : m_start(firstMonth.year(), firstMonth.month(), 1)
{
    int day = 0;
    for (int month = 0; month < months; ++month) {
        m_monthFirstDays.append(day);
        day += monthStart(month).daysInMonth();
    }
    m_monthFirstDays.append(day);
}

int BillingCalendar::monthOf(int day) const
{
    for (int month = 0; month < months(); ++month) {
        if (day < m_monthFirstDays.at(month + 1))
            return month;
    }
    return months() - 1;
}

void BillingCalendar::appendDate(QByteArray& out, QDate date)
{
    const int month = date.month();
    const int day = date.day();
    const int year = date.year();
    const char text[10] = {
        char('0' + month / 10),
        char('0' + month % 10),
        '/',
        char('0' + day / 10),
        char('0' + day % 10),
        '/',
        char('0' + year / 1000 % 10),
        char('0' + year / 100 % 10),
        char('0' + year / 10 % 10),
        char('0' + year % 10),
    };
    out.append(text, 10);
}

} // namespace cloudshift
