#include "core/session/loginsite.h"

#include <QRandomGenerator>
#include <QSet>
#include <QUrlQuery>

namespace protoviz {

namespace {

constexpr QByteArrayView BalanceLabel("Balance: <b>");
constexpr QByteArrayView SessionCookie("session=");

HttpResponse htmlResponse(int status, const QByteArray& body, HeaderList extra = {})
{
    HttpResponse response;
    response.status = status;
    response.headers = {{"content-type", "text/html; charset=utf-8"}, {"cache-control", "no-store"}};
    response.headers.append(extra);
    response.body = body;
    return response;
}

QByteArray escaped(const QByteArray& text)
{
    return QString::fromUtf8(text).toHtmlEscaped().toUtf8();
}

QByteArray sessionFrom(const HttpRequest& request)
{
    for (const auto& [name, value] : request.headers) {
        if (name.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray& part : value.split(';')) {
            const QByteArray cookie = part.trimmed();
            if (cookie.startsWith(SessionCookie))
                return cookie.sliced(SessionCookie.size());
        }
    }
    return {};
}

} // namespace

struct LoginSite::State
{
    QByteArray user;
    QByteArray password;
    QSet<QByteArray> sessions;
    QByteArray lastAccountPage;
};

LoginSite::LoginSite(const QByteArray& user, const QByteArray& password)
    : m_state(std::make_shared<State>())
{
    m_state->user = user;
    m_state->password = password;
}

QByteArray LoginSite::loginForm(const QByteArray& user, const QByteArray& password)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("user"), QString::fromUtf8(user));
    form.addQueryItem(QStringLiteral("password"), QString::fromUtf8(password));
    return form.toString(QUrl::FullyEncoded).toUtf8();
}

QByteArray LoginSite::accountPage(const QByteArray& user)
{
    QByteArray page =
        "<!DOCTYPE html>\n<html><head><title>Your account</title></head>\n<body>\n<h1>Account of " +
        escaped(user) + "</h1>\n<p>" + BalanceLabel.toByteArray() +
        "1,250.00 EUR</b></p>\n<table>\n<tr><th>Date</th><th>Payee</th><th>Amount</th></tr>\n";
    // A statement long enough that the page takes more than one small TLS record.
    const char* payees[] = {"Bakery", "Rent", "Bookshop", "Train ticket", "Salary", "Pharmacy"};
    for (int day = 1; day <= 24; ++day) {
        page += "<tr><td>2026-11-" + QByteArray::number(day).rightJustified(2, '0') + "</td><td>" +
                payees[day % 6] + "</td><td>" + QByteArray::number(day % 5 == 0 ? 2400 : -(day * 7 % 90)) +
                ".00</td></tr>\n";
    }
    page += "</table>\n</body></html>\n";
    return page;
}

qsizetype LoginSite::balanceOffset(const QByteArray& page)
{
    const qsizetype label = page.indexOf(BalanceLabel);
    return label < 0 ? 0 : label + BalanceLabel.size();
}

QByteArray LoginSite::lastAccountPage() const
{
    return m_state->lastAccountPage;
}

RequestHandler LoginSite::handler() const
{
    return [site = *this](const HttpRequest& request) { return site.respond(request); };
}

HttpResponse LoginSite::respond(const HttpRequest& request) const
{
    if (request.path == "/login") {
        if (request.method != "POST")
            return htmlResponse(405, "<p>Log in with POST.</p>\n", {{"allow", "POST"}});
        const QUrlQuery form(QString::fromUtf8(request.body));
        const QByteArray user = form.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded).toUtf8();
        const QByteArray password =
            form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded).toUtf8();
        if (user != m_state->user || password != m_state->password)
            return htmlResponse(403, "<p>Wrong user or password.</p>\n");
        // A fresh random token per login, as real sites hand out: whoever holds it is logged in.
        const QByteArray token = QByteArray::number(QRandomGenerator::system()->generate64(), 16) +
                                 QByteArray::number(QRandomGenerator::system()->generate64(), 16);
        m_state->sessions.insert(token);
        return htmlResponse(200, "<p>Welcome, " + escaped(user) + ".</p>\n",
                            {{"set-cookie", SessionCookie.toByteArray() + token + "; Path=/; HttpOnly"}});
    }
    if (request.path == "/account") {
        if (!m_state->sessions.contains(sessionFrom(request)))
            return htmlResponse(401, "<p>Please log in.</p>\n");
        m_state->lastAccountPage = accountPage(m_state->user);
        return htmlResponse(200, m_state->lastAccountPage);
    }
    return htmlResponse(404, "<p>Not found.</p>\n");
}

} // namespace protoviz
