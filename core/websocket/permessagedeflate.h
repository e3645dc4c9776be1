#pragma once

#include "core/http/httpmessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace protoviz {

/// The negotiation of permessage-deflate (RFC 7692 section 5 and 7.1): the client's offer, the server's
/// choice among the offers it received, and the client's check of the server's answer. Stateless.
///
/// Parameters are named from the side that compresses: the server's window and context are those of the
/// messages the server sends, the client's those of the messages the client sends.
class PerMessageDeflate
{
public:
    /// The extension's name in Sec-WebSocket-Extensions.
    static constexpr QByteArrayView Name = "permessage-deflate";
    /// LZ77 window sizes as powers of two (RFC 7692 section 7.1.2).
    static constexpr int MinWindowBits = 8;
    static constexpr int MaxWindowBits = 15;

    /// What one connection agreed on, or (as an endpoint's setting) what it asks for or accepts.
    struct Parameters
    {
        bool serverNoContextTakeover = false; ///< the server resets its compressor after each message
        bool clientNoContextTakeover = false; ///< the client resets its compressor after each message
        int serverMaxWindowBits = MaxWindowBits;
        int clientMaxWindowBits = MaxWindowBits;

        friend bool operator==(const Parameters&, const Parameters&) = default;
    };

    /// The client's offer for Sec-WebSocket-Extensions: asks for what wanted sets (a window below 15, no
    /// context takeover) and always says client_max_window_bits, so the server may shrink the client's
    /// window.
    static QByteArray offer(const Parameters& wanted);

    /// What the server agreed to, and the Sec-WebSocket-Extensions value of its 101 response.
    struct Agreement
    {
        Parameters parameters;
        QByteArray response;
    };

    /// The server's side: the first offer for permessage-deflate in the request's Sec-WebSocket-Extensions
    /// fields that it can accept, merged with the server's own settings (setting: a smaller window, or no
    /// context takeover, the server wants). An offer with an unknown or repeated parameter or an invalid
    /// value is declined (RFC 7692 section 5.1), as is one that asks the server for an 8-bit window, which
    /// zlib cannot compress with. nullopt if no offer is acceptable; *declined (if given) then explains the
    /// last offer it declined (empty if there was none).
    static std::optional<Agreement> accept(const HeaderList& requestHeaders, const Parameters& setting,
                                           QString* declined = nullptr);

    /// The client's side: checks the Sec-WebSocket-Extensions fields of the 101 response against the
    /// offer the client made (from offer(wanted)). nullopt with *fault set when the client must fail the
    /// connection (RFC 7692 section 5.1 and 7.1: an extension it did not offer, permessage-deflate twice,
    /// an unknown, repeated or invalid parameter, a window it did not allow); when the response declines,
    /// the result is nullopt with *fault empty.
    static std::optional<Parameters> checkResponse(const HeaderList& responseHeaders,
                                                   const Parameters& wanted, QString* fault);

    /// All values of the Sec-WebSocket-Extensions fields, joined as one list.
    static QByteArray extensionsField(const HeaderList& headers);
};

} // namespace protoviz
