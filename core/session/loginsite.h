#pragma once

#include "core/http/httpmessage.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace protoviz {

/// A tiny web site with a login, for the security scenarios: POST /login with a form body
/// (user=...&password=...) checks the password and answers a welcome page with a fresh session cookie
/// (Set-Cookie: session=...); GET /account with that cookie answers the account page, which shows the
/// user's balance; without it, 401. Other paths get 404.
///
/// Copies share their state (the sessions handed out, the last account page served), so the handler given
/// to the WebServer and the session that drives the client see the same site. Lives on the session thread.
class LoginSite
{
    Q_DECLARE_TR_FUNCTIONS(LoginSite)

public:
    LoginSite(const QByteArray& user, const QByteArray& password);

    HttpResponse respond(const HttpRequest& request) const;
    /// respond() as a handler for WebServerConfig::handler.
    RequestHandler handler() const;

    /// The form body a browser sends to log in.
    static QByteArray loginForm(const QByteArray& user, const QByteArray& password);

    /// The account page's body as the server last sent it (empty before).
    QByteArray lastAccountPage() const;
    /// The account page of user, as GET /account answers it.
    static QByteArray accountPage(const QByteArray& user);
    /// Where the balance's first digit is in an account page body: what an attacker would aim at.
    static qsizetype balanceOffset(const QByteArray& accountPage);

private:
    struct State;

    std::shared_ptr<State> m_state;
};

} // namespace protoviz
