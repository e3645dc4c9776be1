<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BalancingScenarios</name>
    <message>
        <source>Balancing long polling: round robin against sticky sessions</source>
        <translation>负载均衡长轮询：轮询调度与粘性会话对比</translation>
    </message>
    <message>
        <source>Clients follow a ticker by long polling over cleartext HTTP/1.1 (the balancer must read every request, so there is no TLS here). A layer 7 load balancer sends their requests to two server instances. Each instance keeps per-client sessions, as Socket.IO does: a client&apos;s first request (the handshake) gets a session id, and every poll must bring it back to the instance that issued it; any other instance answers 400 and the client must start over, missing the updates published meanwhile. The ticker publishes every update to both instances, so the balancing rule is the only difference: A sends each request to the next instance (round robin), B sets a cookie on the first response and routes by it (sticky sessions). Measured: failed polls, new handshakes, the share of deliveries that arrived and their latency, and where the balancer sent each request.</source>
        <translation>客户端通过明文 HTTP/1.1 长轮询来跟踪一个行情推送源（负载均衡器必须读取每个请求，因此这里没有 TLS）。一个七层负载均衡器把它们的请求分发到两个服务器实例。每个实例都像 Socket.IO 那样为每个客户端保存会话：客户端的第一个请求（握手）会得到一个会话 ID，之后每次轮询都必须把它带回签发它的那个实例；其他实例会回复 400，客户端只能从头开始，并错过期间发布的更新。行情源会把每条更新发布到两个实例，因此唯一的区别就是均衡规则：A 把每个请求发给下一个实例（轮询调度），B 在第一个响应上设置一个 Cookie 并据此路由（粘性会话）。测量内容：失败的轮询、新的握手、成功送达的比例及其延迟，以及负载均衡器把每个请求发往了哪里。</translation>
    </message>
    <message>
        <source>There is no balancing scenario &quot;%1&quot;.</source>
        <translation>没有名为“%1”的负载均衡场景。</translation>
    </message>
    <message>
        <source>The balancer must read every request to route it, so this scenario runs in cleartext.</source>
        <translation>负载均衡器必须读取每个请求才能进行路由，因此本场景以明文运行。</translation>
    </message>
    <message>
        <source>Long polling asks again as soon as an answer comes: no side polls at an interval.</source>
        <translation>长轮询在收到应答后立即再次请求：没有一侧按固定间隔轮询。</translation>
    </message>
</context>
<context>
    <name>BalancingSessionConfig</name>
    <message>
        <source>A layer 7 balancer reads every request, so this scenario runs over cleartext HTTP/1.1.</source>
        <translation>七层负载均衡器要读取每个请求，因此本场景使用明文 HTTP/1.1。</translation>
    </message>
    <message numerus="yes">
        <source>ticker, %1 updates a second for %2 s, long-polled by %n client(s) through a layer 7 balancer over %3 instances</source>
        <translation>
            <numerusform>行情源，每秒 %1 条更新，持续 %2 s，由 %n 个客户端通过七层负载均衡器对 %3 个实例进行长轮询</numerusform>
        </translation>
    </message>
    <message>
        <source>Sticky sessions (balancer cookie)</source>
        <translation>粘性会话（负载均衡器 Cookie）</translation>
    </message>
    <message>
        <source>Round robin per request</source>
        <translation>按请求轮询调度</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>总时间</translation>
    </message>
    <message>
        <source>Time to first byte</source>
        <translation>首字节时间</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Round trips</source>
        <translation>往返</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> (%1 pushed)</source>
        <translation>（%1 个被推送）</translation>
    </message>
    <message>
        <source>Bytes on the wire</source>
        <translation>线路上的字节数</translation>
    </message>
    <message>
        <source>  headers</source>
        <translation>  头部</translation>
    </message>
    <message>
        <source>  bodies</source>
        <translation>  正文</translation>
    </message>
    <message>
        <source>  framing</source>
        <translation>  分帧</translation>
    </message>
    <message>
        <source>  TLS</source>
        <translation>  TLS</translation>
    </message>
    <message>
        <source>Header compression</source>
        <translation>头部压缩</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 % saved (%2 of %3 bytes)</source>
        <translation>节省 %1 %（%2 / %3 字节）</translation>
    </message>
    <message>
        <source>Segments lost / held back</source>
        <translation>丢失/滞留的报文段</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Behind the server</source>
        <translation>服务器后端</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s), %1 bytes</source>
        <translation>
            <numerusform>%n 个连接，%1 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Datagrams lost</source>
        <translation>丢失的数据报</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>未发送</translation>
    </message>
</context>
<context>
    <name>Eavesdropper</name>
    <message>
        <source>ChangeCipherSpec</source>
        <translation>ChangeCipherSpec</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>Application data</source>
        <translation>应用数据</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>TCP connection from %1 port %2 to %3 port %4: addresses and ports are in every packet</source>
        <translation>从 %1 端口 %2 到 %3 端口 %4 的 TCP 连接：地址和端口出现在每个数据包中</translation>
    </message>
    <message>
        <source>client address</source>
        <translation>客户端地址</translation>
    </message>
    <message>
        <source>client port</source>
        <translation>客户端端口</translation>
    </message>
    <message>
        <source>server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>server port</source>
        <translation>服务器端口</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) in the clear that do not read as HTTP</source>
        <translation>
            <numerusform>%n 字节明文，无法解读为 HTTP</numerusform>
        </translation>
    </message>
    <message>
        <source>start line</source>
        <translation>起始行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>form field %1</source>
        <translation>表单字段 %1</translation>
    </message>
    <message>
        <source>%1=%2</source>
        <translation>%1=%2</translation>
    </message>
    <message>
        <source>secrets read</source>
        <translation>读到的机密</translation>
    </message>
    <message>
        <source>In the clear: %1</source>
        <translation>明文可见：%1</translation>
    </message>
    <message>
        <source>In the clear: %1 — secrets: %2</source>
        <translation>明文可见：%1 — 机密：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) that do not frame as TLS records</source>
        <translation>
            <numerusform>%n 字节无法按 TLS 记录分帧</numerusform>
        </translation>
    </message>
    <message>
        <source>content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>record version</source>
        <translation>记录版本</translation>
    </message>
    <message>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>ChangeCipherSpec in the clear: a TLS 1.3 compatibility record that carries nothing</source>
        <translation>明文 ChangeCipherSpec：TLS 1.3 的兼容性记录，不携带任何内容</translation>
    </message>
    <message>
        <source>ChangeCipherSpec in the clear: from here this side&apos;s records are encrypted</source>
        <translation>明文 ChangeCipherSpec：从这里开始，这一侧的记录都已加密</translation>
    </message>
    <message numerus="yes">
        <source>%1 record, %n byte(s) of ciphertext: only its size and time can be read</source>
        <translation>
            <numerusform>%1 记录，%n 字节密文：只能读到它的大小和时间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encrypted record, %n byte(s): TLS 1.3 hides even what kind of message it carries</source>
        <translation>
            <numerusform>加密记录，%n 字节：TLS 1.3 连它携带的是哪种消息都隐藏了</numerusform>
        </translation>
    </message>
    <message>
        <source>Alert in the clear: level %1, description %2</source>
        <translation>明文 Alert：级别 %1，描述 %2</translation>
    </message>
    <message numerus="yes">
        <source>Handshake record in the clear (part of a message), %n byte(s)</source>
        <translation>
            <numerusform>明文 Handshake 记录（消息的一部分），%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Handshake in the clear: %1</source>
        <translation>明文 Handshake：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 record, %n byte(s)</source>
        <translation>
            <numerusform>%1 记录，%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>server name (SNI) %1</source>
        <translation>服务器名称（SNI）%1</translation>
    </message>
    <message>
        <source>server name (SNI)</source>
        <translation>服务器名称（SNI）</translation>
    </message>
    <message>
        <source>ALPN %1</source>
        <translation>ALPN %1</translation>
    </message>
    <message>
        <source>ALPN protocol</source>
        <translation>ALPN 协议</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>selected version</source>
        <translation>选定的版本</translation>
    </message>
    <message>
        <source>cipher suite %1</source>
        <translation>密码套件 %1</translation>
    </message>
    <message>
        <source>cipher suite</source>
        <translation>密码套件</translation>
    </message>
    <message>
        <source>certificate of %1, issued by %2</source>
        <translation>%1 的证书，由 %2 签发</translation>
    </message>
    <message>
        <source>certificate subject</source>
        <translation>证书主体</translation>
    </message>
    <message>
        <source>certificate issuer</source>
        <translation>证书签发者</translation>
    </message>
    <message>
        <source>message type %1</source>
        <translation>消息类型 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>EavesdropperPrinter</name>
    <message>
        <source>server → client</source>
        <translation>服务器 → 客户端</translation>
    </message>
    <message>
        <source>client → server</source>
        <translation>客户端 → 服务器</translation>
    </message>
    <message>
        <source>%1 — what the eavesdropper on the link read:</source>
        <translation>%1 — 链路上的窃听者读到的内容：</translation>
    </message>
    <message>
        <source>[ALTERED] </source>
        <translation>[已篡改] </translation>
    </message>
    <message>
        <source>[SECRET] </source>
        <translation>[机密] </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>  (no eavesdropper on this link)</source>
        <translation>  （此链路上没有窃听者）</translation>
    </message>
    <message numerus="yes">
        <source>  %n observation(s), %1 with a secret.</source>
        <translation>
            <numerusform>  %n 条观察记录，其中 %1 条含有机密。</numerusform>
        </translation>
    </message>
    <message>
        <source>  Result: %1</source>
        <translation>  结果：%1</translation>
    </message>
</context>
<context>
    <name>EventFilter</name>
    <message>
        <source>an event filter is empty (it starts with LAYER.KIND, such as tls.Alert)</source>
        <translation>事件过滤器为空（它以 LAYER.KIND 开头，例如 tls.Alert）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not LAYER.KIND (layers: session, wire, tls, http1, http2, websocket, grpc)</source>
        <translation>“%1”不是 LAYER.KIND 格式（层：session、wire、tls、http1、http2、websocket、grpc）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of event of the %2 layer</source>
        <translation>“%1”不是 %2 层的事件类型</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the event filter &quot;%2&quot; is none of client, server, link, c2s, s2c, flags=N, opcode=N, stream=N, value=N</source>
        <translation>事件过滤器“%2”中的“%1”不是 client、server、link、c2s、s2c、flags=N、opcode=N、stream=N、value=N 中的任何一个</translation>
    </message>
</context>
<context>
    <name>EventSentence</name>
    <message>
        <source>%1 saw %2</source>
        <extracomment>%1 is &quot;link&quot;, %2 a unit such as &quot;a segment&quot;</extracomment>
        <translation>%1 上出现了 %2</translation>
    </message>
    <message>
        <source>%1 carried %2</source>
        <translation>%1 承载了 %2</translation>
    </message>
    <message>
        <source>%1 sent %2</source>
        <extracomment>%1 is &quot;client&quot; or &quot;server&quot;, %2 a unit such as &quot;a segment&quot;</extracomment>
        <translation>%1 发送了 %2</translation>
    </message>
    <message>
        <source>%1 received %2</source>
        <translation>%1 收到了 %2</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>意外的“%1”</translation>
    </message>
    <message>
        <source>%1 at column %2 of &quot;%3&quot;</source>
        <translation>%1，位于“%3”的第 %2 列</translation>
    </message>
    <message>
        <source>the expression ends too soon</source>
        <translation>表达式过早结束</translation>
    </message>
    <message>
        <source>a &quot;)&quot; is missing</source>
        <translation>缺少“)”</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>字符串未闭合</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>a &quot;)&quot; is missing after the arguments of %1</source>
        <translation>%1 的参数后缺少“)”</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot; is not a number</source>
        <translation>字符串“%1”不是数字</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>除以零</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>表达式为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finite number</source>
        <translation>“%1”不是有限数</translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>Loads a page and the objects it references from any HTTP server, as a browser would, through the emulated link; prints what was measured.</source>
        <translation>像浏览器一样，通过模拟链路从任意 HTTP 服务器加载页面及其引用的对象；输出测量结果。</translation>
    </message>
    <message>
        <source>The page, e.g. https://127.0.0.1:8443/</source>
        <translation>页面，例如 https://127.0.0.1:8443/</translation>
    </message>
    <message>
        <source>Use HTTP/1.1 (a pool of connections).</source>
        <translation>使用 HTTP/1.1（连接池）。</translation>
    </message>
    <message>
        <source>Use HTTP/2 (the default): over TLS by ALPN, over http:// with prior knowledge.</source>
        <translation>使用 HTTP/2（默认）：在 TLS 上通过 ALPN 协商，在 http:// 上采用先验知识（prior knowledge）。</translation>
    </message>
    <message>
        <source>Trust the authorities in this PEM file (default: the system&apos;s).</source>
        <translation>信任此 PEM 文件中的证书颁发机构（默认：系统的）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>HTTP/1.1 connections per host (default 6).</source>
        <translation>每个主机的 HTTP/1.1 连接数（默认 6）。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Let HTTP/1.1 pipeline requests.</source>
        <translation>允许 HTTP/1.1 对请求进行管线化。</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 120).</source>
        <translation>超过这么多秒后放弃（默认 120）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Which events to print: all, errors or none (default none).</source>
        <translation>要输出哪些事件：all、errors 或 none（默认 none）。</translation>
    </message>
    <message>
        <source>which</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Write the recording of every event to this file.</source>
        <translation>把每个事件的记录写入此文件。</translation>
    </message>
    <message>
        <source>Append the TLS secrets to this file (SSLKEYLOGFILE format, for Wireshark).</source>
        <translation>把 TLS 密钥追加到此文件（SSLKEYLOGFILE 格式，供 Wireshark 使用）。</translation>
    </message>
    <message>
        <source>Try `protoviz-cli fetch --help`.</source>
        <translation>请尝试 `protoviz-cli fetch --help`。</translation>
    </message>
    <message>
        <source>fetch takes one address, such as https://127.0.0.1:8443/.</source>
        <translation>fetch 只接受一个地址，例如 https://127.0.0.1:8443/。</translation>
    </message>
    <message>
        <source>--events takes all, errors or none, not &quot;%1&quot;.</source>
        <translation>--events 的取值为 all、errors 或 none，而不是“%1”。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Loading %1 with %2 ...</source>
        <translation>正在用 %2 加载 %1 ...</translation>
    </message>
    <message>
        <source>--http3 needs an https:// address such as https://127.0.0.1:8443/: HTTP/3 runs over QUIC, whose TLS is part of the protocol, so there is no cleartext HTTP/3.</source>
        <translation>--http3 需要 https:// 地址，例如 https://127.0.0.1:8443/：HTTP/3 运行在 QUIC 之上，而 TLS 是 QUIC 协议的一部分，因此不存在明文的 HTTP/3。</translation>
    </message>
    <message>
        <source>--connections and --pipelining are HTTP/1.1&apos;s: HTTP/3 uses one connection.</source>
        <translation>--connections 和 --pipelining 是 HTTP/1.1 的选项：HTTP/3 只使用一个连接。</translation>
    </message>
    <message>
        <source>If the server&apos;s certificate comes from an authority this system does not trust (as serve&apos;s does), give that authority with --cacert.</source>
        <translation>如果服务器的证书来自本系统不信任的证书颁发机构（serve 的证书就是如此），请用 --cacert 指定该机构。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Use HTTP/3 over QUIC (https:// only): one connection, the page&apos;s objects as streams on it.</source>
        <translation>使用基于 QUIC 的 HTTP/3（仅限 https://）：一个连接，页面的各个对象作为其上的流。</translation>
    </message>
    <message>
        <source>With --http3: write the body of the address&apos;s own response to this file.</source>
        <translation>配合 --http3：将该地址本身的响应正文写入此文件。</translation>
    </message>
    <message>
        <source>Choose one of --http1.1, --http2 and --http3.</source>
        <translation>请在 --http1.1、--http2 和 --http3 中选择一个。</translation>
    </message>
    <message>
        <source>--output works with --http3 only.</source>
        <translation>--output 只能与 --http3 一起使用。</translation>
    </message>
</context>
<context>
    <name>GrpcCommand</name>
    <message>
        <source>ProtoViz&apos;s schema does not know this method, so it cannot write JSON messages for it; give them with --message-hex.</source>
        <translation>ProtoViz 的模式（schema）中没有这个方法，因此无法为它编写 JSON 消息；请用 --message-hex 给出消息。</translation>
    </message>
    <message>
        <source>--message-hex takes hexadecimal digits, not &quot;%1&quot;.</source>
        <translation>--message-hex 接受十六进制数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>Calls a gRPC method on any server with ProtoViz&apos;s own gRPC client (HTTP/2 on nghttp2): sends the request messages, half-closes, prints every response message as JSON and the status the call ended with. Exits with 0 when the status is OK, 1 otherwise.</source>
        <translation>使用 ProtoViz 自带的 gRPC 客户端（基于 nghttp2 的 HTTP/2）调用任意服务器上的 gRPC 方法：发送请求消息、半关闭，以 JSON 输出每条响应消息以及调用结束时的状态。状态为 OK 时退出码为 0，否则为 1。</translation>
    </message>
    <message>
        <source>The server: http://host:port (h2c) or https://host:port (TLS, ALPN h2).</source>
        <translation>服务器：http://host:port（h2c）或 https://host:port（TLS，ALPN h2）。</translation>
    </message>
    <message>
        <source>The method&apos;s path, e.g. /protoviz.lesson.v1.Lesson/GetItem.</source>
        <translation>方法路径，例如 /protoviz.lesson.v1.Lesson/GetItem。</translation>
    </message>
    <message>
        <source>A request message in Protobuf&apos;s JSON mapping, e.g. &apos;{&quot;id&quot;: 3}&apos;; repeat for a stream.</source>
        <translation>采用 Protobuf JSON 映射的请求消息，例如 &apos;{&quot;id&quot;: 3}&apos;；流式调用时可重复使用。</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>A request message as hexadecimal protobuf bytes; repeatable.</source>
        <translation>以十六进制 protobuf 字节表示的请求消息；可重复使用。</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>The call&apos;s deadline in milliseconds (sent as grpc-timeout).</source>
        <translation>调用的截止时间（deadline），单位为毫秒（以 grpc-timeout 发送）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Cancel the call (RST_STREAM CANCEL) after this many responses.</source>
        <translation>收到这么多条响应后取消调用（RST_STREAM CANCEL）。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>An extra request header, name:value; repeatable.</source>
        <translation>额外的请求头部，格式为 name:value；可重复使用。</translation>
    </message>
    <message>
        <source>header</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>Trust the authorities in this PEM file (default: the system&apos;s).</source>
        <translation>信任此 PEM 文件中的证书颁发机构（默认：系统的）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Which events to print: all, errors or none (default none).</source>
        <translation>要输出哪些事件：all、errors 或 none（默认 none）。</translation>
    </message>
    <message>
        <source>which</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Write the recording of every event to this file.</source>
        <translation>把每个事件的记录写入此文件。</translation>
    </message>
    <message>
        <source>Try `protoviz-cli grpc --help`.</source>
        <translation>请尝试 `protoviz-cli grpc --help`。</translation>
    </message>
    <message>
        <source>grpc takes a server and a method, such as http://127.0.0.1:8080 /protoviz.lesson.v1.Lesson/GetItem.</source>
        <translation>grpc 需要一个服务器和一个方法，例如 http://127.0.0.1:8080 /protoviz.lesson.v1.Lesson/GetItem。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address with an IP address or localhost.</source>
        <translation>“%1”不是使用 IP 地址或 localhost 的 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of milliseconds, not &quot;%1&quot;.</source>
        <translation>--timeout 接受正的毫秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--cancel-after takes a number of responses, 1 or more.</source>
        <translation>--cancel-after 接受响应条数，至少为 1。</translation>
    </message>
    <message>
        <source>--metadata takes name:value, not &quot;%1&quot;.</source>
        <translation>--metadata 接受 name:value，而不是“%1”。</translation>
    </message>
    <message>
        <source>--events takes all, errors or none, not &quot;%1&quot;.</source>
        <translation>--events 的取值为 all、errors 或 none，而不是“%1”。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>gRPC over HTTP/2 and TLS</source>
        <translation>基于 HTTP/2 和 TLS 的 gRPC</translation>
    </message>
    <message>
        <source>gRPC over HTTP/2 cleartext (h2c)</source>
        <translation>基于 HTTP/2 明文（h2c）的 gRPC</translation>
    </message>
    <message>
        <source>response %1: %2</source>
        <translation>响应 %1：%2</translation>
    </message>
    <message>
        <source>The call did not end: the server neither answered nor closed the connection.</source>
        <translation>调用没有结束：服务器既没有应答，也没有关闭连接。</translation>
    </message>
</context>
<context>
    <name>GrpcDescriptor</name>
    <message>
        <source>gRPC</source>
        <translation>gRPC</translation>
    </message>
    <message>
        <source>message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>gRPC call %1 starts</source>
        <translation>gRPC 调用 %1 开始</translation>
    </message>
    <message>
        <source>gRPC message</source>
        <translation>gRPC 消息</translation>
    </message>
    <message>
        <source>gRPC call ends: %1</source>
        <translation>gRPC 调用结束：%1</translation>
    </message>
    <message>
        <source>gRPC error</source>
        <translation>gRPC 错误</translation>
    </message>
    <message>
        <source>stream %1</source>
        <translation>流 %1</translation>
    </message>
    <message>
        <source>HTTP/2 stream %1</source>
        <translation>HTTP/2 流 %1</translation>
    </message>
    <message>
        <source>the start of a gRPC call</source>
        <translation>一次 gRPC 调用的开始</translation>
    </message>
    <message>
        <source>a gRPC call&apos;s status</source>
        <translation>一次 gRPC 调用的状态</translation>
    </message>
    <message>
        <source>a gRPC message</source>
        <translation>一条 gRPC 消息</translation>
    </message>
    <message>
        <source>%1 hit a gRPC framing error</source>
        <translation>%1 遇到 gRPC 分帧错误</translation>
    </message>
    <message>
        <source>stream 0</source>
        <translation>流 0</translation>
    </message>
</context>
<context>
    <name>GrpcEventLog</name>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>call type</source>
        <translation>调用类型</translation>
    </message>
    <message>
        <source>request type</source>
        <translation>请求类型</translation>
    </message>
    <message>
        <source>response type</source>
        <translation>响应类型</translation>
    </message>
    <message>
        <source>not in ProtoViz&apos;s schema</source>
        <translation>不在 ProtoViz 的模式中</translation>
    </message>
    <message>
        <source> (malformed)</source>
        <translation>（格式错误）</translation>
    </message>
    <message>
        <source>message (no schema)</source>
        <translation>消息（无模式）</translation>
    </message>
    <message>
        <source>message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1，%2 字节</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>JSON 形式</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 request %2</source>
        <translation>%1 请求 %2</translation>
    </message>
    <message>
        <source>%1 response %2</source>
        <translation>%1 响应 %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes of protobuf + 5 bytes of prefix; %3 bytes as JSON</source>
        <translation>%1：%2 字节 protobuf + 5 字节前缀；JSON 形式为 %3 字节</translation>
    </message>
    <message>
        <source>%1: %2 bytes of protobuf + 5 bytes of prefix</source>
        <translation>%1：%2 字节 protobuf + 5 字节前缀</translation>
    </message>
    <message>
        <source>form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Trailers-Only: the status came in the response&apos;s only header block</source>
        <translation>Trailers-Only：状态位于响应唯一的头部块中</translation>
    </message>
    <message>
        <source>the stream was reset (RST_STREAM)</source>
        <translation>流被重置（RST_STREAM）</translation>
    </message>
    <message>
        <source>decided by</source>
        <translation>决定方</translation>
    </message>
    <message>
        <source>this side, without a status from the peer</source>
        <translation>本侧，未收到对端的状态</translation>
    </message>
</context>
<context>
    <name>GrpcMessageReader</name>
    <message>
        <source>The compressed flag of a message is %1; gRPC allows only 0 (plain) and 1 (compressed).</source>
        <translation>某条消息的压缩标志为 %1；gRPC 只允许 0（未压缩）和 1（已压缩）。</translation>
    </message>
    <message>
        <source>A message has the compressed flag set, but the stream&apos;s grpc-encoding is identity: there is no compression it could have used.</source>
        <translation>某条消息设置了压缩标志，但流的 grpc-encoding 是 identity：不存在它可能使用的压缩方式。</translation>
    </message>
    <message>
        <source>A message announces %1 bytes, more than the %2 bytes this endpoint accepts.</source>
        <translation>某条消息声明长度为 %1 字节，超过了此端点接受的 %2 字节。</translation>
    </message>
    <message numerus="yes">
        <source>The stream ended inside a message prefix: %n of its 5 bytes arrived.</source>
        <translation>
            <numerusform>流在消息前缀中间结束：5 字节中只到达了 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>A message announces %1 bytes, but the stream ended after %2 of them: the length is beyond the data.</source>
        <translation>某条消息声明长度为 %1 字节，但流在其中 %2 字节之后就结束了：长度超出了数据。</translation>
    </message>
    <message>
        <source>0 (not compressed)</source>
        <translation>0（未压缩）</translation>
    </message>
    <message>
        <source>1 (compressed)</source>
        <translation>1（已压缩）</translation>
    </message>
    <message>
        <source>%1 (invalid: only 0 and 1 are defined)</source>
        <translation>%1（无效：只定义了 0 和 1）</translation>
    </message>
    <message>
        <source>compressed flag</source>
        <translation>压缩标志</translation>
    </message>
    <message>
        <source>message length</source>
        <translation>消息长度</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
</context>
<context>
    <name>GrpcMethod</name>
    <message>
        <source>unary</source>
        <translation>一元</translation>
    </message>
    <message>
        <source>server streaming</source>
        <translation>服务器流式</translation>
    </message>
    <message>
        <source>client streaming</source>
        <translation>客户端流式</translation>
    </message>
    <message>
        <source>bidirectional streaming</source>
        <translation>双向流式</translation>
    </message>
</context>
<context>
    <name>GrpcScenarios</name>
    <message>
        <source>REST/JSON over HTTP/1.1 against gRPC over HTTP/2, and the steps between</source>
        <translation>基于 HTTP/1.1 的 REST/JSON 对比基于 HTTP/2 的 gRPC，以及两者之间的过渡</translation>
    </message>
    <message>
        <source>gRPC: one message per exchange against streams</source>
        <translation>gRPC：每次交换一条消息对比流</translation>
    </message>
    <message>
        <source>The four gRPC call types moving the same items down and back up over one HTTP/2 connection. A waits for every answer: a unary call (GetItem) per item, one after another, then each item back through a bidirectional stream (Exchange), the next sent once the last was acknowledged. B streams: every item in one server-streaming call (ListItems), then all back in one client-streaming call (UploadItems), answered once. A pays a round trip and, for the unary calls, a header block and trailers per item; B pays them once per call.</source>
        <translation>四种 gRPC 调用类型通过同一 HTTP/2 连接把相同的条目下发再回传。A 等待每个应答：每个条目一次一元调用（GetItem），逐个进行，然后通过一个双向流（Exchange）把每个条目传回，上一个得到确认后才发送下一个。B 使用流：在一次服务器流式调用（ListItems）中传送所有条目，然后在一次客户端流式调用（UploadItems）中全部传回，只应答一次。A 每个条目都要付出一个往返，对于一元调用还要付出一个头部块和 trailers；B 每次调用只付出一次。</translation>
    </message>
    <message>
        <source>%1, one message per exchange</source>
        <translation>%1，每次交换一条消息</translation>
    </message>
    <message>
        <source>%1, streams</source>
        <translation>%1，流</translation>
    </message>
    <message>
        <source>Every gRPC call shares one HTTP/2 connection.</source>
        <translation>所有 gRPC 调用共享一个 HTTP/2 连接。</translation>
    </message>
    <message>
        <source>The same items from the same server, four ways, laid out as a square: left to right the HTTP version changes, top to bottom the encoding. A reads each item as a JSON document from a REST API (GET /api/items/N) over a browser&apos;s pool of HTTP/1.1 connections. B changes only the transport: the same JSON requests, each a stream on one HTTP/2 connection. C changes only the encoding: the same HTTP/1.1 pool, asking for Protobuf (Accept: application/x-protobuf). D changes both: a unary gRPC call (GetItem) per item on one HTTP/2 connection, every item a Protobuf message. Each item carries a thumbnail of the Object size knob&apos;s bytes, which JSON must write as base64.</source>
        <translation>从同一台服务器获取同一批条目，共四种方式，排成一个方阵：从左到右改变的是 HTTP 版本，从上到下改变的是编码。A 通过浏览器的 HTTP/1.1 连接池，从 REST API（GET /api/items/N）以 JSON 文档的形式读取每个条目。B 只改变传输方式：同样的 JSON 请求，每个都是同一个 HTTP/2 连接上的一个流。C 只改变编码：同样的 HTTP/1.1 连接池，但请求 Protobuf（Accept: application/x-protobuf）。D 两者都改变：在一个 HTTP/2 连接上为每个条目发起一次一元 gRPC 调用（GetItem），每个条目都是一条 Protobuf 消息。每个条目都带有一张缩略图，其字节数由“对象大小”参数决定，而 JSON 必须将其写成 base64。</translation>
    </message>
</context>
<context>
    <name>GrpcSchema</name>
    <message>
        <source>varint</source>
        <translation>varint</translation>
    </message>
    <message>
        <source>64-bit</source>
        <translation>64 位</translation>
    </message>
    <message>
        <source>length-delimited</source>
        <translation>长度分隔</translation>
    </message>
    <message>
        <source>start group</source>
        <translation>开始组</translation>
    </message>
    <message>
        <source>end group</source>
        <translation>结束组</translation>
    </message>
    <message>
        <source>32-bit</source>
        <translation>32 位</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not a value of %2)</source>
        <translation>%1（不是 %2 的值）</translation>
    </message>
    <message>
        <source>A field tag at byte %1 is cut short.</source>
        <translation>位于字节 %1 的字段标签被截断。</translation>
    </message>
    <message>
        <source>Byte %1 holds field number %2, which no message can have.</source>
        <translation>字节 %1 存放的字段编号为 %2，任何消息都不可能有这个编号。</translation>
    </message>
    <message>
        <source>#%1 (unknown field)</source>
        <translation>#%1（未知字段）</translation>
    </message>
    <message>
        <source>field %1, wire type %2 (%3)</source>
        <translation>字段 %1，线路类型 %2（%3）</translation>
    </message>
    <message>
        <source>The varint of %1 at byte %2 is cut short.</source>
        <translation>%1 位于字节 %2 的 varint 被截断。</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>The value of %1 at byte %2 is cut short.</source>
        <translation>%1 位于字节 %2 的值被截断。</translation>
    </message>
    <message>
        <source>The length of %1 at byte %2 is cut short.</source>
        <translation>%1 位于字节 %2 的长度被截断。</translation>
    </message>
    <message>
        <source>%1 at byte %2 announces %3 bytes, but only %4 follow.</source>
        <translation>%1 位于字节 %2，声明了 %3 字节，但后面只有 %4 字节。</translation>
    </message>
    <message>
        <source>Byte %1 starts a group (wire type %2), an encoding proto3 no longer writes.</source>
        <translation>字节 %1 开始一个组（线路类型 %2），proto3 已不再写出这种编码。</translation>
    </message>
    <message>
        <source>Byte %1 holds wire type %2, which does not exist.</source>
        <translation>字节 %1 存放的线路类型 %2 并不存在。</translation>
    </message>
    <message>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message numerus="yes">
        <source>packed, %n byte(s)</source>
        <translation>
            <numerusform>打包，%n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n byte(s)</source>
        <translation>
            <numerusform>%1，%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages nest deeper than %1 levels.</source>
        <translation>消息嵌套深度超过 %1 层。</translation>
    </message>
    <message>
        <source>A packed value of %1 is cut short.</source>
        <translation>%1 的一个打包值被截断。</translation>
    </message>
    <message numerus="yes">
        <source>packed, %n value(s)</source>
        <translation>
            <numerusform>打包，%n 个值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more field(s) not listed</source>
        <translation>
            <numerusform>另有 %n 个字段未列出</numerusform>
        </translation>
    </message>
    <message>
        <source>The bytes are not a valid %1.</source>
        <translation>这些字节不是有效的 %1。</translation>
    </message>
    <message>
        <source>The bytes are not a valid %1: %2</source>
        <translation>这些字节不是有效的 %1：%2</translation>
    </message>
    <message>
        <source>The schema has no message type &quot;%1&quot;.</source>
        <translation>模式中没有消息类型“%1”。</translation>
    </message>
    <message>
        <source>The JSON is not a %1: %2</source>
        <translation>该 JSON 不是 %1：%2</translation>
    </message>
</context>
<context>
    <name>GrpcSessionConfig</name>
    <message>
        <source>Between 1 and %1 items can be moved.</source>
        <translation>可传送的条目数为 1 到 %1 个。</translation>
    </message>
    <message>
        <source>Items may carry between 0 and %1 bytes, so that each fits in gRPC&apos;s default 4 MiB message limit.</source>
        <translation>条目可以携带 0 到 %1 字节，这样每条都能放进 gRPC 默认 4 MiB 的消息上限。</translation>
    </message>
    <message>
        <source>One stream may carry at most %1 MiB of items; ask for fewer or smaller items.</source>
        <translation>一个流最多可携带 %1 MiB 的条目；请减少条目数量或减小条目大小。</translation>
    </message>
    <message>
        <source>The REST API only fetches items.</source>
        <translation>REST API 只能获取条目。</translation>
    </message>
    <message>
        <source>HTTP/1.1 may use between 1 and %1 connections per host.</source>
        <translation>HTTP/1.1 每个主机可以使用 1 到 %1 个连接。</translation>
    </message>
    <message>
        <source>The time limit must be between 1 second and %1 seconds.</source>
        <translation>时间限制必须在 1 秒到 %1 秒之间。</translation>
    </message>
    <message>
        <source>REST/JSON over HTTP/1.1 and TLS</source>
        <translation>基于 HTTP/1.1 和 TLS 的 REST/JSON</translation>
    </message>
    <message>
        <source>REST/JSON over HTTP/1.1 cleartext</source>
        <translation>基于 HTTP/1.1 明文的 REST/JSON</translation>
    </message>
    <message>
        <source>REST/JSON over HTTP/2 and TLS</source>
        <translation>基于 HTTP/2 和 TLS 的 REST/JSON</translation>
    </message>
    <message>
        <source>REST/JSON over HTTP/2 cleartext (h2c)</source>
        <translation>基于 HTTP/2 明文（h2c）的 REST/JSON</translation>
    </message>
    <message>
        <source>REST/Protobuf over HTTP/1.1 and TLS</source>
        <translation>基于 HTTP/1.1 和 TLS 的 REST/Protobuf</translation>
    </message>
    <message>
        <source>REST/Protobuf over HTTP/1.1 cleartext</source>
        <translation>基于 HTTP/1.1 明文的 REST/Protobuf</translation>
    </message>
    <message>
        <source>gRPC over HTTP/2 and TLS</source>
        <translation>基于 HTTP/2 和 TLS 的 gRPC</translation>
    </message>
    <message>
        <source>gRPC over HTTP/2 cleartext (h2c)</source>
        <translation>基于 HTTP/2 明文（h2c）的 gRPC</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 bytes</source>
        <translation>
            <numerusform>%n 个条目，每个 %1 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Items: %1, fetched as JSON documents (GET /api/items/N) over a pool of HTTP/1.1 connections.</source>
        <translation>条目：%1，通过 HTTP/1.1 连接池以 JSON 文档获取（GET /api/items/N）。</translation>
    </message>
    <message>
        <source>Items: %1, fetched as JSON documents (GET /api/items/N), every request a stream on one HTTP/2 connection.</source>
        <translation>条目：%1，以 JSON 文档获取（GET /api/items/N），每个请求都是同一 HTTP/2 连接上的一个流。</translation>
    </message>
    <message>
        <source>Items: %1, fetched as Protobuf (GET /api/items/N, Accept: application/x-protobuf) over a pool of HTTP/1.1 connections.</source>
        <translation>条目：%1，通过 HTTP/1.1 连接池以 Protobuf 获取（GET /api/items/N，Accept: application/x-protobuf）。</translation>
    </message>
    <message>
        <source>Items: %1, fetched with unary calls (GetItem).</source>
        <translation>条目：%1，通过一元调用（GetItem）获取。</translation>
    </message>
    <message>
        <source>Items: %1, fetched one call at a time (GetItem), then sent back through one bidirectional stream, each waiting for its acknowledgement (Exchange).</source>
        <translation>条目：%1，每次一个调用（GetItem）逐个获取，然后通过一个双向流传回，每个都等待其确认（Exchange）。</translation>
    </message>
    <message>
        <source>Items: %1, fetched in one server-streaming call (ListItems), then sent back in one client-streaming call (UploadItems).</source>
        <translation>条目：%1，在一次服务器流式调用（ListItems）中获取，然后在一次客户端流式调用（UploadItems）中传回。</translation>
    </message>
</context>
<context>
    <name>GrpcStatus</name>
    <message>
        <source>The server answered with HTTP status %1 instead of 200.</source>
        <translation>服务器以 HTTP 状态 %1 而不是 200 应答。</translation>
    </message>
    <message>
        <source>The server refused the stream (RST_STREAM REFUSED_STREAM).</source>
        <translation>服务器拒绝了该流（RST_STREAM REFUSED_STREAM）。</translation>
    </message>
    <message>
        <source>The stream was cancelled (RST_STREAM CANCEL).</source>
        <translation>该流被取消（RST_STREAM CANCEL）。</translation>
    </message>
    <message>
        <source>The server asked to slow down (RST_STREAM ENHANCE_YOUR_CALM).</source>
        <translation>服务器要求放慢速度（RST_STREAM ENHANCE_YOUR_CALM）。</translation>
    </message>
    <message>
        <source>The connection&apos;s security is inadequate (INADEQUATE_SECURITY).</source>
        <translation>连接的安全性不足（INADEQUATE_SECURITY）。</translation>
    </message>
    <message>
        <source>The stream was reset with HTTP/2 error code %1 before the call had a status.</source>
        <translation>在调用获得状态之前，该流以 HTTP/2 错误码 %1 被重置。</translation>
    </message>
</context>
<context>
    <name>GrpcTimeout</name>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>GrpcWebCodec</name>
    <message>
        <source>A trailer line holds a stray CR or LF.</source>
        <translation>某个 trailer 行中有多余的 CR 或 LF。</translation>
    </message>
    <message>
        <source>The trailer line &quot;%1&quot; is not &quot;name: value&quot;.</source>
        <translation>trailer 行“%1”不是“name: value”格式。</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) follow the trailer frame, which must end the body.</source>
        <translation>
            <numerusform>trailer 帧之后还有 %n 字节，而 trailer 帧必须结束正文。</numerusform>
        </translation>
    </message>
    <message>
        <source>The body ends inside a frame&apos;s 5-byte prefix.</source>
        <translation>正文在某个帧的 5 字节前缀中间结束。</translation>
    </message>
    <message>
        <source>The frame flag byte is 0x%1; only 0x00 (message) and 0x80 (trailers) are defined.</source>
        <translation>帧标志字节为 0x%1；只定义了 0x00（消息）和 0x80（trailers）。</translation>
    </message>
    <message>
        <source>The frame is marked compressed, but no compression was agreed.</source>
        <translation>该帧标记为已压缩，但双方并未约定压缩方式。</translation>
    </message>
    <message>
        <source>A frame announces %1 bytes, more than the limit of %2.</source>
        <translation>某个帧声明长度为 %1 字节，超过了上限 %2。</translation>
    </message>
    <message numerus="yes">
        <source>The body ends %n byte(s) short of the frame its prefix announces.</source>
        <translation>
            <numerusform>正文比其前缀声明的帧长度少 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>The body has no trailer frame (flag 0x80), so the call has no status.</source>
        <translation>正文中没有 trailer 帧（标志 0x80），因此调用没有状态。</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>0x%1: trailer frame</source>
        <translation>0x%1：trailer 帧</translation>
    </message>
    <message>
        <source>length</source>
        <translation>长度</translation>
    </message>
</context>
<context>
    <name>GrpcWebScenarios</name>
    <message>
        <source>gRPC-Web through a proxy against native gRPC</source>
        <translation>经代理的 gRPC-Web 对比原生 gRPC</translation>
    </message>
    <message>
        <source>The same unary GetItem calls. A is a browser: it cannot read HTTP/2 trailers, so it speaks gRPC-Web over HTTP/1.1 to a translating proxy, which calls the server with gRPC over HTTP/2 and writes the status into a trailer frame (flag 0x80) at the end of the response body. B calls the server natively over one HTTP/2 connection. A deadline gives each call a time limit (sent as grpc-timeout), the server&apos;s work grows from nothing on the first call to the full time on the last, and a cancel time gives up on calls still running: DEADLINE_EXCEEDED and CANCELLED, by RST_STREAM on HTTP/2 and by closing the connection on HTTP/1.1. Cleartext, so every byte can be read.</source>
        <translation>同样的一元 GetItem 调用。A 是浏览器：它无法读取 HTTP/2 trailers，因此通过 HTTP/1.1 用 gRPC-Web 与一个转换代理通信，代理再用基于 HTTP/2 的 gRPC 调用服务器，并把状态写入响应正文末尾的 trailer 帧（标志 0x80）。B 通过一条 HTTP/2 连接原生调用服务器。截止时间（deadline）给每个调用设定时间限制（以 grpc-timeout 发送），服务器的处理时间从第一次调用的零增长到最后一次调用的完整时长，取消时间则会放弃仍在运行的调用：DEADLINE_EXCEEDED 和 CANCELLED，在 HTTP/2 上通过 RST_STREAM 实现，在 HTTP/1.1 上通过关闭连接实现。使用明文，因此每个字节都可读。</translation>
    </message>
    <message>
        <source>gRPC-Web against native gRPC runs in cleartext, so every byte can be read.</source>
        <translation>gRPC-Web 与原生 gRPC 的对比以明文运行，因此每个字节都能被读取。</translation>
    </message>
</context>
<context>
    <name>GrpcWebSessionConfig</name>
    <message>
        <source>Between 1 and %1 gRPC calls can be made.</source>
        <translation>可发起的 gRPC 调用数为 1 到 %1 次。</translation>
    </message>
    <message>
        <source>Items may carry between 0 and %1 bytes.</source>
        <translation>条目可以携带 0 到 %1 字节。</translation>
    </message>
    <message>
        <source>HTTP/1.1 may use between 1 and %1 connections per host.</source>
        <translation>HTTP/1.1 每个主机可以使用 1 到 %1 个连接。</translation>
    </message>
    <message>
        <source>The gRPC deadline must be between 0 (none) and %1 ms.</source>
        <translation>gRPC 截止时间必须在 0（无）到 %1 ms 之间。</translation>
    </message>
    <message>
        <source>The server&apos;s work per call must be between 0 and %1 ms.</source>
        <translation>服务器每次调用的处理时间必须在 0 到 %1 ms 之间。</translation>
    </message>
    <message>
        <source>Cancelling after must be between 0 (never) and %1 ms.</source>
        <translation>取消时间必须在 0（从不）到 %1 ms 之间。</translation>
    </message>
    <message>
        <source>The time limit must be between 1 second and %1 seconds.</source>
        <translation>时间限制必须在 1 秒到 %1 秒之间。</translation>
    </message>
    <message>
        <source>gRPC-Web via a proxy (HTTP/1.1, then HTTP/2)</source>
        <translation>经代理的 gRPC-Web（先 HTTP/1.1，再 HTTP/2）</translation>
    </message>
    <message>
        <source>native gRPC over HTTP/2</source>
        <translation>基于 HTTP/2 的原生 gRPC</translation>
    </message>
    <message numerus="yes">
        <source>%n unary GetItem call(s)</source>
        <translation>
            <numerusform>%n 次一元 GetItem 调用</numerusform>
        </translation>
    </message>
    <message>
        <source>, the server working 0 to %1 ms on each</source>
        <translation>，服务器每次处理 0 到 %1 ms</translation>
    </message>
    <message>
        <source>, a %1 ms deadline</source>
        <translation>，截止时间 %1 ms</translation>
    </message>
    <message>
        <source>, cancelled after %1 ms</source>
        <translation>，%1 ms 后取消</translation>
    </message>
    <message>
        <source>%1; a browser&apos;s HTTP/1.1 pool of %2 to the proxy</source>
        <translation>%1；浏览器通过 %2 的 HTTP/1.1 连接池连接代理</translation>
    </message>
    <message>
        <source>%1; one HTTP/2 connection</source>
        <translation>%1；一条 HTTP/2 连接</translation>
    </message>
</context>
<context>
    <name>Http1Descriptor</name>
    <message>
        <source>HTTP/1.1</source>
        <translation>HTTP/1.1</translation>
    </message>
    <message>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>HTTP/1.1 request head: %1</source>
        <translation>HTTP/1.1 请求头：%1</translation>
    </message>
    <message>
        <source>HTTP/1.1 response head: %1</source>
        <translation>HTTP/1.1 响应头：%1</translation>
    </message>
    <message>
        <source>HTTP/1.1 body</source>
        <translation>HTTP/1.1 正文</translation>
    </message>
    <message>
        <source>HTTP/1.1 error</source>
        <translation>HTTP/1.1 错误</translation>
    </message>
    <message>
        <source>message %1 on this connection</source>
        <translation>此连接上的消息 %1</translation>
    </message>
    <message>
        <source>HTTP/1.1 request head</source>
        <translation>HTTP/1.1 请求头</translation>
    </message>
    <message>
        <source>HTTP/1.1 request head: %1 %2</source>
        <translation>HTTP/1.1 请求头：%1 %2</translation>
    </message>
    <message>
        <source>HTTP/1.1 response head</source>
        <translation>HTTP/1.1 响应头</translation>
    </message>
    <message>
        <source>HTTP/1.1 response head: %1 %2</source>
        <translation>HTTP/1.1 响应头：%1 %2</translation>
    </message>
    <message>
        <source>HTTP/1.1 body: %1 of content and %2 of chunked framing</source>
        <translation>HTTP/1.1 正文：%1 内容和 %2 分块编码开销</translation>
    </message>
    <message>
        <source>HTTP/1.1 body: %1 of content</source>
        <translation>HTTP/1.1 正文：%1 内容</translation>
    </message>
    <message>
        <source>HTTP/1.1 message %1 is complete: %2 of body in all</source>
        <translation>HTTP/1.1 消息 %1 已完成：正文共 %2</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>消息 %1</translation>
    </message>
    <message>
        <source>a request line and headers</source>
        <translation>请求行和头部</translation>
    </message>
    <message>
        <source>a status line and headers</source>
        <translation>状态行和头部</translation>
    </message>
    <message>
        <source>body bytes</source>
        <translation>正文字节</translation>
    </message>
    <message>
        <source>the end of a message</source>
        <translation>一条消息的结尾</translation>
    </message>
    <message>
        <source>an HTTP/1.1 message</source>
        <translation>一条 HTTP/1.1 消息</translation>
    </message>
    <message>
        <source>%1 refused malformed HTTP/1.1</source>
        <translation>%1 拒绝了格式错误的 HTTP/1.1</translation>
    </message>
</context>
<context>
    <name>Http2Descriptor</name>
    <message>
        <source>HTTP/2</source>
        <translation>HTTP/2</translation>
    </message>
    <message>
        <source>HTTP/2 error</source>
        <translation>HTTP/2 错误</translation>
    </message>
    <message>
        <source>%1 frame</source>
        <translation>%1 帧</translation>
    </message>
    <message>
        <source>stream %1</source>
        <translation>流 %1</translation>
    </message>
    <message>
        <source>stream 0 (the connection)</source>
        <translation>流 0（连接本身）</translation>
    </message>
    <message>
        <source>the connection preface</source>
        <translation>连接前言</translation>
    </message>
    <message>
        <source>a frame of an extension type</source>
        <translation>一个扩展类型的帧</translation>
    </message>
    <message>
        <source>a %1 frame</source>
        <extracomment>%1 is the frame type as the standard names it: DATA, HEADERS, SETTINGS...</extracomment>
        <translation>一个 %1 帧</translation>
    </message>
    <message>
        <source>%1 hit an HTTP/2 protocol error</source>
        <translation>%1 遇到 HTTP/2 协议错误</translation>
    </message>
    <message>
        <source>stream 0</source>
        <translation>流 0</translation>
    </message>
</context>
<context>
    <name>Http2FrameDissector</name>
    <message>
        <source>header block</source>
        <translation>头部块</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of HPACK</source>
        <translation>
            <numerusform>%n 字节 HPACK</numerusform>
        </translation>
    </message>
    <message>
        <source>table size update</source>
        <translation>表大小更新</translation>
    </message>
    <message>
        <source>static table entry %1</source>
        <translation>静态表条目 %1</translation>
    </message>
    <message>
        <source>dynamic table entry %1</source>
        <translation>动态表条目 %1</translation>
    </message>
    <message numerus="yes">
        <source>value Huffman-coded in %n byte(s)</source>
        <translation>
            <numerusform>值经 Huffman 编码，%n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>value as %n plain byte(s)</source>
        <translation>
            <numerusform>值为 %n 字节原文</numerusform>
        </translation>
    </message>
    <message>
        <source>field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>HPACK</source>
        <translation>HPACK</translation>
    </message>
    <message>
        <source>the block ends inside a representation (continued in a CONTINUATION frame, or malformed)</source>
        <translation>块在某个表示的中间结束（在 CONTINUATION 帧中继续，或格式错误）</translation>
    </message>
    <message>
        <source>no error: a graceful shutdown</source>
        <translation>无错误：正常关闭</translation>
    </message>
    <message>
        <source>the peer broke a rule of the protocol</source>
        <translation>对端违反了协议规则</translation>
    </message>
    <message>
        <source>the peer hit an internal problem</source>
        <translation>对端遇到了内部问题</translation>
    </message>
    <message>
        <source>the peer sent more data than the flow-control window allowed</source>
        <translation>对端发送的数据超过了流量控制窗口允许的量</translation>
    </message>
    <message>
        <source>the peer did not acknowledge SETTINGS in time</source>
        <translation>对端没有及时确认 SETTINGS</translation>
    </message>
    <message>
        <source>a frame arrived for a stream that was already closed</source>
        <translation>某个帧到达了一个已关闭的流</translation>
    </message>
    <message>
        <source>a frame had an invalid size</source>
        <translation>某个帧的大小无效</translation>
    </message>
    <message>
        <source>the stream was refused before any processing; it is safe to retry</source>
        <translation>该流在任何处理之前被拒绝；可以安全重试</translation>
    </message>
    <message>
        <source>the stream is no longer needed</source>
        <translation>不再需要该流</translation>
    </message>
    <message>
        <source>the header compression state could not be kept in step</source>
        <translation>无法保持头部压缩状态同步</translation>
    </message>
    <message>
        <source>a CONNECT tunnel was reset or closed abnormally</source>
        <translation>CONNECT 隧道被重置或异常关闭</translation>
    </message>
    <message>
        <source>the peer is generating excessive load</source>
        <translation>对端产生了过多负载</translation>
    </message>
    <message>
        <source>the TLS connection does not meet HTTP/2&apos;s security requirements</source>
        <translation>TLS 连接不满足 HTTP/2 的安全要求</translation>
    </message>
    <message>
        <source>the peer wants HTTP/1.1 for this request</source>
        <translation>对端希望此请求使用 HTTP/1.1</translation>
    </message>
    <message>
        <source>an error code this version does not know</source>
        <translation>本版本不认识的错误码</translation>
    </message>
    <message>
        <source>connection preface</source>
        <translation>连接前言</translation>
    </message>
    <message>
        <source>frame header</source>
        <translation>帧头</translation>
    </message>
    <message>
        <source>9 bytes</source>
        <translation>9 字节</translation>
    </message>
    <message>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>stream id</source>
        <translation>流 ID</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>载荷</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <source>padding or fixed fields run past the end of the frame</source>
        <translation>填充或固定字段超出了帧的末尾</translation>
    </message>
    <message>
        <source>pad length</source>
        <translation>填充长度</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>exclusive</source>
        <translation>独占</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>stream dependency</source>
        <translation>流依赖</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>promised stream id</source>
        <translation>承诺的流 ID</translation>
    </message>
    <message>
        <source>error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>opaque data</source>
        <translation>不透明数据</translation>
    </message>
    <message>
        <source>last stream id</source>
        <translation>最后的流 ID</translation>
    </message>
    <message>
        <source>debug data</source>
        <translation>调试数据</translation>
    </message>
    <message>
        <source>window size increment</source>
        <translation>窗口大小增量</translation>
    </message>
</context>
<context>
    <name>Http3Descriptor</name>
    <message>
        <source>HTTP/3</source>
        <translation>HTTP/3</translation>
    </message>
    <message>
        <source>HTTP/3 error</source>
        <translation>HTTP/2 错误 {3 ?}</translation>
    </message>
    <message>
        <source>header fields</source>
        <translation>头部字段</translation>
    </message>
    <message>
        <source>header fields: %1</source>
        <translation>头部字段：%1</translation>
    </message>
    <message>
        <source>%1 frame</source>
        <translation>%1 帧</translation>
    </message>
    <message>
        <source>stream %1</source>
        <translation>流 %1</translation>
    </message>
    <message>
        <source>An HTTP/3 frame travels encrypted inside QUIC packets: the packets that carried it show its bytes, decrypted.</source>
        <translation>HTTP/3 帧在 QUIC 数据包内加密传输：承载它的数据包会显示其解密后的字节。</translation>
    </message>
    <message>
        <source>the header fields of a HEADERS frame</source>
        <translation>HEADERS 帧的头部字段</translation>
    </message>
    <message>
        <source>an HTTP/3 frame of a reserved or extension type</source>
        <translation>保留类型或扩展类型的 HTTP/3 帧</translation>
    </message>
    <message>
        <source>an HTTP/3 error</source>
        <translation>HTTP/3 错误</translation>
    </message>
    <message>
        <source>an HTTP/3 %1 frame</source>
        <extracomment>%1 is the frame type as the standard names it: DATA, HEADERS, SETTINGS...</extracomment>
        <translation>HTTP/3 %1 帧</translation>
    </message>
    <message>
        <source>%1 saw the connection closed with an HTTP/3 error</source>
        <translation>%1 发现连接因 HTTP/3 错误而关闭</translation>
    </message>
    <message>
        <source>control streams</source>
        <translation>控制流</translation>
    </message>
</context>
<context>
    <name>Http3Scenarios</name>
    <message>
        <source>Both sides use one connection: HTTP/2 multiplexes on TCP, HTTP/3 on QUIC.</source>
        <translation>两侧都只使用一个连接：HTTP/2 在 TCP 上多路复用，HTTP/3 在 QUIC 上多路复用。</translation>
    </message>
    <message>
        <source>HTTP/3 always encrypts (QUIC carries TLS), so both sides use TLS.</source>
        <translation>HTTP/3 始终加密（QUIC 承载 TLS），因此两侧都使用 TLS。</translation>
    </message>
    <message>
        <source>QUIC always uses TLS 1.3, so both sides use TLS 1.3 and only the transport differs.</source>
        <translation>QUIC 始终使用 TLS 1.3，因此两侧都使用 TLS 1.3，只有传输层不同。</translation>
    </message>
    <message>
        <source>HTTP/2 against HTTP/3</source>
        <translation>HTTP/1.1 对比 HTTP/3 {2 ?}</translation>
    </message>
    <message>
        <source>The same page over HTTP/2 on TLS (one TCP connection) and over HTTP/3 (one QUIC connection). Both multiplex every request on their one connection, but TCP delivers bytes only in order: one lost TCP segment stalls every HTTP/2 stream until it is sent again. QUIC knows its streams apart, so a lost QUIC packet stalls only the streams whose data it carried. QUIC also folds the TLS handshake into its own, one round trip instead of two.</source>
        <translation>同一个页面分别通过 TLS 上的 HTTP/2（一个 TCP 连接）和 HTTP/3（一个 QUIC 连接）加载。两者都在各自唯一的连接上多路复用所有请求，但 TCP 只能按顺序交付字节：丢失一个 TCP 报文段，所有 HTTP/2 流都要停下来，直到它被重传。QUIC 能区分各个流，因此丢失一个 QUIC 数据包只会阻塞其所携带数据的那些流。QUIC 还把 TLS 握手并入自身的握手，只需一次往返而不是两次。</translation>
    </message>
    <message>
        <source>HTTP/3 first visit against 0-RTT resumption</source>
        <translation>HTTP/3 首次访问与 0-RTT 恢复对比</translation>
    </message>
    <message>
        <source>A is a first visit: a fresh QUIC connection, whose handshake takes one round trip before the request may go. B is a returning client: it resumes the TLS session of an earlier connection (made before the clock started) and sends its request as 0-RTT early data with its very first packet, so the response comes one round trip sooner. Early data can be replayed by an attacker, which is why only safe requests such as GET should travel in it.</source>
        <translation>A 是首次访问：建立全新的 QUIC 连接，其握手需要一次往返之后才能发送请求。B 是再次访问的客户端：它恢复之前某个连接（在计时开始前建立）的 TLS 会话，并在第一个数据包中就以 0-RTT 早期数据发送请求，因此响应早一次往返到达。早期数据可能被攻击者重放，所以只有 GET 这类安全的请求才应通过它发送。</translation>
    </message>
    <message>
        <source>HTTP/3, first visit</source>
        <translation>HTTP/3，首次访问</translation>
    </message>
    <message>
        <source>HTTP/3, returning with 0-RTT</source>
        <translation>HTTP/3，以 0-RTT 再次访问</translation>
    </message>
</context>
<context>
    <name>IgnoredKnobs</name>
    <message>
        <source>Only page loads and API calls have objects; here the updates make the work.</source>
        <translation>只有页面加载和 API 调用才有对象；这里的工作量来自更新。</translation>
    </message>
    <message>
        <source>Only page loads have a large first object.</source>
        <translation>只有页面加载才有较大的首个对象。</translation>
    </message>
    <message>
        <source>This scenario opens no pool of HTTP/1.1 connections.</source>
        <translation>本场景不会打开 HTTP/1.1 连接池。</translation>
    </message>
    <message>
        <source>Only page loads and the eavesdropper scenarios let you choose the newest TLS version.</source>
        <translation>只有页面加载和窃听者场景可以选择最新的 TLS 版本。</translation>
    </message>
    <message>
        <source>Only HTTP/1.1 against HTTP/2 lets you choose pipelining (the pipelining scenario sets it itself).</source>
        <translation>只有 HTTP/1.1 与 HTTP/2 对比可以选择管线化（管线化场景会自行设置）。</translation>
    </message>
    <message>
        <source>Only HTTP/1.1 against HTTP/2 lets you choose server push (the push scenario sets it itself).</source>
        <translation>只有 HTTP/1.1 与 HTTP/2 对比可以选择服务器推送（推送场景会自行设置）。</translation>
    </message>
    <message>
        <source>This scenario decides itself which side uses TLS.</source>
        <translation>本场景自行决定哪一侧使用 TLS。</translation>
    </message>
    <message>
        <source>Only the polling, WebSocket and shoot-out scenarios have updates.</source>
        <translation>只有轮询、WebSocket 和对比场景才有更新。</translation>
    </message>
    <message>
        <source>Only short polling asks at an interval; here no side polls that way.</source>
        <translation>只有短轮询按固定间隔发出请求；这里没有一侧以这种方式轮询。</translation>
    </message>
    <message>
        <source>Only gRPC-Web against native gRPC sets deadlines, server work and cancelling.</source>
        <translation>只有 gRPC-Web 与原生 gRPC 对比会设置截止时间（deadline）、服务器工作量和取消。</translation>
    </message>
    <message>
        <source>No side of this scenario speaks WebSocket, so there are no messages to compress.</source>
        <translation>本场景中没有一侧使用 WebSocket，因此没有需要压缩的消息。</translation>
    </message>
</context>
<context>
    <name>InspectorDescription</name>
    <message>
        <source>On the link</source>
        <translation>在链路上</translation>
    </message>
    <message>
        <source>On the link, client → server</source>
        <translation>在链路上，客户端 → 服务器</translation>
    </message>
    <message>
        <source>On the link, server → client</source>
        <translation>在链路上，服务器 → 客户端</translation>
    </message>
    <message>
        <source>Seen by the client</source>
        <translation>客户端所见</translation>
    </message>
    <message>
        <source>Sent by the client</source>
        <translation>由客户端发送</translation>
    </message>
    <message>
        <source>Received by the client</source>
        <translation>由客户端接收</translation>
    </message>
    <message>
        <source>Seen by the server</source>
        <translation>服务器所见</translation>
    </message>
    <message>
        <source>Received by the server</source>
        <translation>由服务器接收</translation>
    </message>
    <message>
        <source>Sent by the server</source>
        <translation>由服务器发送</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>于 %1</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <source>%1, all of them framing</source>
        <translation>%1，全部为分帧开销</translation>
    </message>
    <message>
        <source>%1, %2 of them framing</source>
        <translation>%1，其中 %2 为分帧开销</translation>
    </message>
    <message>
        <source>No bytes were kept for this unit (%1 on its layer).</source>
        <translation>没有为此单元保留字节（在其所在层上为 %1）。</translation>
    </message>
    <message>
        <source>This event marks a moment of the session rather than bytes; what is known about it is listed in the fields.</source>
        <translation>此事件标记的是会话中的一个时刻而不是字节；关于它的已知信息列在字段中。</translation>
    </message>
    <message>
        <source>This event carries no bytes of its own.</source>
        <translation>此事件本身不携带字节。</translation>
    </message>
    <message>
        <source>Bytes shown: the first %1 of %2.</source>
        <translation>显示的字节：%2 中的前 %1。</translation>
    </message>
</context>
<context>
    <name>KnobParser</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 接受 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>--%1 takes a time in milliseconds, such as 100 or 2.5, not &quot;%2&quot;.</source>
        <translation>--%1 接受以毫秒为单位的时间，例如 100 或 2.5，而不是“%2”。</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1：%2</translation>
    </message>
    <message>
        <source>Round-trip time of the emulated link in milliseconds (0-2000).</source>
        <translation>模拟链路的往返时间，单位为毫秒（0-2000）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Random variation of each segment&apos;s delay, up to ± this many ms.</source>
        <translation>每个报文段延迟的随机变化，最多 ± 这么多 ms。</translation>
    </message>
    <message>
        <source>Bandwidth in both directions, e.g. 10mbit, 512kbit, unlimited.</source>
        <translation>双向带宽，例如 10mbit、512kbit、unlimited。</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Bandwidth from client to server (overrides --bandwidth).</source>
        <translation>从客户端到服务器的带宽（覆盖 --bandwidth）。</translation>
    </message>
    <message>
        <source>Bandwidth from server to client (overrides --bandwidth).</source>
        <translation>从服务器到客户端的带宽（覆盖 --bandwidth）。</translation>
    </message>
    <message>
        <source>Share of data segments lost, as 0.01 or 1% (at most 50%).</source>
        <translation>数据报文段的丢失比例，写作 0.01 或 1%（最多 50%）。</translation>
    </message>
    <message>
        <source>share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Seed for loss and jitter, to repeat a run exactly.</source>
        <translation>丢包和抖动的随机种子，用于精确重复一次运行。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>A mixed page: make the first object this large, e.g. 1M (default 0, none), to see the small ones wait behind it.</source>
        <translation>混合页面：把第一个对象设为这么大，例如 1M（默认 0，即不设置），以观察小对象在它后面等待。</translation>
    </message>
    <message>
        <source>Let the HTTP/2 server push the page&apos;s objects.</source>
        <translation>让 HTTP/2 服务器推送页面的对象。</translation>
    </message>
    <message>
        <source>HTTP/1.1 connections per host (default 6, as browsers).</source>
        <translation>每个主机的 HTTP/1.1 连接数（默认 6，与浏览器相同）。</translation>
    </message>
    <message>
        <source>Let HTTP/1.1 pipeline requests.</source>
        <translation>允许 HTTP/1.1 对请求进行管线化。</translation>
    </message>
    <message>
        <source>Run without TLS (HTTP/2 then uses h2c with prior knowledge).</source>
        <translation>不使用 TLS 运行（此时 HTTP/2 通过先验知识使用 h2c）。</translation>
    </message>
    <message>
        <source>The newest TLS version clients offer: 1.2 or 1.3 (default).</source>
        <translation>客户端提供的最新 TLS 版本：1.2 或 1.3（默认）。</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Give a session up after this many seconds (default 120).</source>
        <translation>超过这么多秒后放弃会话（默认 120）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>gRPC calls get this deadline, sent as grpc-timeout (default 0, none).</source>
        <translation>gRPC 调用使用此截止时间，以 grpc-timeout 发送（默认 0，即无）。</translation>
    </message>
    <message>
        <source>The gRPC server works on each call from 0 ms (first call) up to this (last call) (default 0).</source>
        <translation>gRPC 服务器处理每个调用的时间从 0 ms（第一次调用）增加到此值（最后一次调用）（默认 0）。</translation>
    </message>
    <message>
        <source>gRPC clients cancel calls still running after this long (default 0, never).</source>
        <translation>gRPC 客户端在调用运行这么长时间后取消仍在运行的调用（默认 0，即从不）。</translation>
    </message>
    <message>
        <source>--loss takes a share from 0 to 0.5 (or 0% to 50%), not &quot;%1&quot;.</source>
        <translation>--loss 接受 0 到 0.5（或 0% 到 50%）之间的比例，而不是“%1”。</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation>--seed 接受一个整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--object-size takes a size up to 64M, such as 4096 or 4k, not &quot;%1&quot;.</source>
        <translation>--object-size 接受不超过 64M 的大小，例如 4096 或 4k，而不是“%1”。</translation>
    </message>
    <message>
        <source>--large-object takes a size up to 64M, such as 1M or 512k, not &quot;%1&quot;.</source>
        <translation>--large-object 接受不超过 64M 的大小，例如 1M 或 512k，而不是“%1”。</translation>
    </message>
    <message>
        <source>--tls-version takes 1.2 or 1.3, not &quot;%1&quot;.</source>
        <translation>--tls-version 接受 1.2 或 1.3，而不是“%1”。</translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
    <message>
        <source> ± %1 ms</source>
        <translation> ± %1 ms</translation>
    </message>
    <message>
        <source>, %1 down, %2 up</source>
        <translation>，下行 %1，上行 %2</translation>
    </message>
    <message>
        <source>, loss %1 %</source>
        <translation>，丢包 %1 %</translation>
    </message>
    <message>
        <source>Objects on the page, or items or calls (default: the scenario&apos;s own, 100 for a page load).</source>
        <translation>页面上的对象数，或条目数、调用数（默认：场景自身的值，页面加载为 100）。</translation>
    </message>
    <message>
        <source>Size of each object, e.g. 4096, 4k, 1M (default: the scenario&apos;s own, mostly 4k).</source>
        <translation>每个对象的大小，例如 4096、4k、1M（默认：场景自身的值，多为 4k）。</translation>
    </message>
    <message>
        <source>Note: --%1 does not apply to %2 and is ignored. %3</source>
        <translation>注意：--%1 不适用于 %2，将被忽略。%3</translation>
    </message>
</context>
<context>
    <name>KnobSettings</name>
    <message>
        <source>&quot;%1&quot; is not a knob setting: write NAME=VALUE, such as rtt=100</source>
        <translation>“%1”不是参数设置：请写成 NAME=VALUE，例如 rtt=100</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 接受 %2 到 %3 之间的整数，而不是“%4”</translation>
    </message>
    <message>
        <source>%1 takes milliseconds from 0 to %2, not &quot;%3&quot;</source>
        <translation>%1 接受 0 到 %2 之间的毫秒数，而不是“%3”</translation>
    </message>
    <message>
        <source>%1 is on or off, not &quot;%2&quot;</source>
        <translation>%1 的取值为 on 或 off，而不是“%2”</translation>
    </message>
    <message>
        <source>bandwidth: %1</source>
        <translation>带宽：%1</translation>
    </message>
    <message>
        <source>loss takes a share from 0 to 50%, such as 2% or 0.02, not &quot;%1&quot;</source>
        <translation>loss 接受 0 到 50% 之间的比例，例如 2% 或 0.02，而不是“%1”</translation>
    </message>
    <message>
        <source>seed takes a whole number, not &quot;%1&quot;</source>
        <translation>seed 接受一个整数，而不是“%1”</translation>
    </message>
    <message>
        <source>tlsVersion is 1.2 or 1.3, not &quot;%1&quot;</source>
        <translation>tlsVersion 的取值为 1.2 或 1.3，而不是“%1”</translation>
    </message>
    <message>
        <source>there is no knob &quot;%1&quot; (knobs: rtt, jitter, bandwidth, loss, seed, objects, objectSize, largeObjectSize, connections, pipelining, push, tls, tlsVersion, grpcDeadline, grpcWork, grpcCancelAfter, clients, updatesPerSecond, duration, pollInterval)</source>
        <translation>没有参数“%1”（参数有：rtt、jitter、bandwidth、loss、seed、objects、objectSize、largeObjectSize、connections、pipelining、push、tls、tlsVersion、grpcDeadline、grpcWork、grpcCancelAfter、clients、updatesPerSecond、duration、pollInterval）</translation>
    </message>
</context>
<context>
    <name>LadderModel</name>
    <message>
        <source>alert %1</source>
        <translation>警报 %1</translation>
    </message>
    <message>
        <source>early data</source>
        <translation>早期数据</translation>
    </message>
    <message>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>%1 (upgrade to WebSocket)</source>
        <translation>%1（升级到 WebSocket）</translation>
    </message>
    <message>
        <source>response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>%1 frame</source>
        <translation>%1 帧</translation>
    </message>
    <message>
        <source>WebSocket upgrade request</source>
        <translation>WebSocket 升级请求</translation>
    </message>
    <message>
        <source>message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>gRPC %1</source>
        <translation>gRPC %1</translation>
    </message>
    <message>
        <source>gRPC message</source>
        <translation>gRPC 消息</translation>
    </message>
</context>
<context>
    <name>LadderPrinter</name>
    <message>
        <source>Handshake ladder of %1 (time since the session started; 1 RTT = %2 ms)</source>
        <translation>%1 的握手时序图（自会话开始的时间；1 RTT = %2 ms）</translation>
    </message>
    <message>
        <source>Handshake ladder of %1 (time since the session started)</source>
        <translation>%1 的握手时序图（自会话开始的时间）</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>client sends</source>
        <translation>客户端发送</translation>
    </message>
    <message>
        <source>server sends</source>
        <translation>服务器发送</translation>
    </message>
    <message>
        <source>  Agreed: %1, %2, group %3, ALPN %4; session resumed: %5; early data: %6.</source>
        <translation>  协商结果：%1，%2，组 %3，ALPN %4；会话恢复：%5；早期数据：%6。</translation>
    </message>
    <message>
        <source>  Server certificate chain, as the client verified it (%1):</source>
        <translation>  服务器证书链，按客户端的验证结果（%1）：</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>由 %1 签发</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>有效期自 %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>names: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source>a certificate authority</source>
        <translation>一个证书颁发机构</translation>
    </message>
    <message>
        <source>  The client sent the alert %1.</source>
        <translation>  客户端发送了警报 %1。</translation>
    </message>
    <message>
        <source>  The server sent the alert %1.</source>
        <translation>  服务器发送了警报 %1。</translation>
    </message>
    <message>
        <source>  The session failed: %1</source>
        <translation>  会话失败：%1</translation>
    </message>
    <message>
        <source>  First response byte after %1 round trips (%2 ms).</source>
        <translation>  经过 %1 个往返（%2 ms）后收到响应的第一个字节。</translation>
    </message>
    <message>
        <source>  First response byte after %1 ms.</source>
        <translation>  %1 ms 后收到响应的第一个字节。</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Live, measured visualisations of web protocols.</source>
        <translation>实时、可测量的 Web 协议可视化。</translation>
    </message>
    <message>
        <source>Select this scenario (see protoviz-cli scenarios).</source>
        <translation>选择此场景（参见 protoviz-cli scenarios）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Start the selected scenario at once.</source>
        <translation>立即启动所选场景。</translation>
    </message>
    <message>
        <source>Start this lesson (see protoviz-cli lesson list).</source>
        <translation>开始此课程（参见 protoviz-cli lesson list）。</translation>
    </message>
    <message>
        <source>Start the lesson at this step (from 1).</source>
        <translation>从此步骤开始课程（从 1 开始）。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Open a recording.</source>
        <translation>打开一个录制文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Show lanes, ladder, tiles, events or eavesdropper.</source>
        <translation>显示 lanes、ladder、tiles、events 或 eavesdropper 视图。</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>light or dark.</source>
        <translation>light 或 dark。</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Start in presentation mode (full screen, large fonts).</source>
        <translation>以演示模式启动（全屏、大字体）。</translation>
    </message>
    <message>
        <source>Save the current view as an image (PNG or SVG) once the run is over, then quit.</source>
        <translation>运行结束后把当前视图保存为图像（PNG 或 SVG），然后退出。</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is not a number.</source>
        <translation>步骤“%1”不是数字。</translation>
    </message>
    <message>
        <source>--step needs --lesson: it is a step of a lesson.</source>
        <translation>--step 需要 --lesson：它是某个课程的步骤。</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;: use lanes, ladder, tiles, events or eavesdropper.</source>
        <translation>未知视图“%1”：请使用 lanes、ladder、tiles、events 或 eavesdropper。</translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;: use light or dark.</source>
        <translation>未知主题“%1”：请使用 light 或 dark。</translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;: protoviz-cli scenarios lists them.</source>
        <translation>未知场景“%1”：protoviz-cli scenarios 会列出所有场景。</translation>
    </message>
    <message>
        <source>--run and --open exclude each other: a window shows either a new run or a recording.</source>
        <translation>--run 和 --open 互斥：一个窗口要么显示新的运行，要么显示录制文件。</translation>
    </message>
    <message>
        <source>Unknown lesson &quot;%1&quot;: protoviz-cli lesson list lists them.</source>
        <translation>未知课程“%1”：protoviz-cli lesson list 会列出所有课程。</translation>
    </message>
    <message>
        <source>The lesson &quot;%1&quot; waits for the scenario &quot;%2&quot;, which ProtoViz does not have yet.</source>
        <translation>课程“%1”需要场景“%2”，而 ProtoViz 目前还没有该场景。</translation>
    </message>
    <message>
        <source>The lesson &quot;%1&quot; has steps 1 to %2, not %3.</source>
        <translation>课程“%1”的步骤为 1 到 %2，没有 %3。</translation>
    </message>
    <message>
        <source>--lesson runs what its steps show: leave out --run and --open.</source>
        <translation>--lesson 会运行其步骤所展示的内容：请去掉 --run 和 --open。</translation>
    </message>
    <message>
        <source>The screenshot &quot;%1&quot; must end in .png or .svg.</source>
        <translation>截图“%1”必须以 .png 或 .svg 结尾。</translation>
    </message>
</context>
<context>
    <name>LessonCommand</name>
    <message>
        <source>Usage: protoviz-cli lesson list
       protoviz-cli lesson show ID            the lesson&apos;s text, steps and questions
       protoviz-cli lesson run ID [--ask]     runs it live and fills in the measured answers;
                                              --ask asks for your answer before each reveal
       protoviz-cli lesson check [FOLDER]     checks every lesson file (default: the built-in ones)
       protoviz-cli lesson strings [FOLDER]   the lessons&apos; texts as C++ for lupdate (translators)
</source>
        <translation>用法：protoviz-cli lesson list
       protoviz-cli lesson show ID            显示课程的正文、步骤和问题
       protoviz-cli lesson run ID [--ask]     实时运行课程并填入测量得到的答案；
                                              --ask 会在每次揭晓前先询问你的答案
       protoviz-cli lesson check [FOLDER]     检查每个课程文件（默认：内置课程）
       protoviz-cli lesson strings [FOLDER]   把课程文本输出为供 lupdate 使用的 C++（供译者使用）
</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n min)</source>
        <translation>
            <numerusform>%1（%2，%n 分钟）</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the scenario &quot;%1&quot;, which ProtoViz does not have yet: not counted, not run.</source>
        <translation>需要场景“%1”，而 ProtoViz 目前还没有该场景：不计入，也不运行。</translation>
    </message>
    <message>
        <source>scenario %1</source>
        <translation>场景 %1</translation>
    </message>
    <message>
        <source>knobs %1</source>
        <translation>参数 %1</translation>
    </message>
    <message>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>pause at %1</source>
        <translation>暂停于 %1</translation>
    </message>
    <message>
        <source>view %1</source>
        <translation>视图 %1</translation>
    </message>
    <message>
        <source>select %1</source>
        <translation>选择 %1</translation>
    </message>
    <message>
        <source>show the field %1 of the selected event in the inspector</source>
        <translation>在检查器中显示所选事件的字段 %1</translation>
    </message>
    <message>
        <source>zoom %1</source>
        <translation>缩放 %1</translation>
    </message>
    <message numerus="yes">
        <source>Topic: %1 · about %n minute(s)</source>
        <translation>
            <numerusform>主题：%1 · 约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>The lesson &quot;%1&quot; waits for the scenario &quot;%2&quot;, which ProtoViz does not have yet.</source>
        <translation>课程“%1”需要场景“%2”，而 ProtoViz 目前还没有该场景。</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>%1 %2 events</source>
        <translation>%1 %2 事件</translation>
    </message>
    <message>
        <source>no such event in this run</source>
        <translation>本次运行中没有这样的事件</translation>
    </message>
    <message>
        <source>%1 ms to %2 ms</source>
        <translation>%1 ms 到 %2 ms</translation>
    </message>
    <message>
        <source>(the answer is measured when the lesson runs: protoviz-cli lesson run %1)</source>
        <translation>（答案在课程运行时测量：protoviz-cli lesson run %1）</translation>
    </message>
    <message>
        <source>Ask for your answer before revealing each one.</source>
        <translation>在揭晓每个答案之前先询问你的答案。</translation>
    </message>
    <message>
        <source>list, show, run, check or strings</source>
        <translation>list、show、run、check 或 strings</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 lessons (%2 waiting for a scenario), %3 quiz questions, %4 glossary terms, %5 trade-off cards: all read.</source>
        <translation>%1 个课程（%2 个在等待场景），%3 道测验题，%4 个术语表词条，%5 张权衡卡片：全部读取完毕。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <source>There is no lesson &quot;%1&quot;. Lessons: %2.</source>
        <translation>没有课程“%1”。课程有：%2。</translation>
    </message>
</context>
<context>
    <name>LessonLibrary</name>
    <message>
        <source>%1: there are no lessons in this folder</source>
        <translation>%1：此文件夹中没有课程</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>a tab: indent with spaces</source>
        <translation>制表符：请用空格缩进</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>未知键“%1”</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;, not &quot;%1&quot;</source>
        <translation>应为“key: value”，而不是“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not SIDE FILTER, such as &quot;b tls.Alert&quot;</source>
        <translation>“%1”不是 SIDE FILTER 格式，例如“b tls.Alert”</translation>
    </message>
    <message>
        <source>a question is &quot;number&quot; or &quot;choice&quot;, not &quot;%1&quot;</source>
        <translation>问题的类型为“number”或“choice”，而不是“%1”</translation>
    </message>
    <message>
        <source>a tolerance is a number or a percentage, not &quot;%1&quot;</source>
        <translation>容差是一个数字或百分比，而不是“%1”</translation>
    </message>
    <message>
        <source>&quot;when:&quot; belongs under a choice</source>
        <translation>“when:”应位于某个选项之下</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; belongs to a question of the quiz bank, not of a lesson</source>
        <translation>“%1:”属于测验题库中的问题，而不属于课程</translation>
    </message>
    <message>
        <source>there is no scenario &quot;%1&quot;</source>
        <translation>没有场景“%1”</translation>
    </message>
    <message>
        <source>the question has no &quot;ask:&quot;</source>
        <translation>该问题没有“ask:”</translation>
    </message>
    <message>
        <source>the question has no &quot;explain:&quot; (say why)</source>
        <translation>该问题没有“explain:”（说明原因）</translation>
    </message>
    <message>
        <source>a number question needs &quot;answer:&quot;, an expression over the run</source>
        <translation>数值题需要“answer:”，即基于运行结果的表达式</translation>
    </message>
    <message>
        <source>a number question has no choices</source>
        <translation>数值题没有选项</translation>
    </message>
    <message>
        <source>a choice question needs at least two choices</source>
        <translation>选择题至少需要两个选项</translation>
    </message>
    <message>
        <source>a choice question has exactly one &quot;correct:&quot;, or a &quot;when:&quot; under every choice</source>
        <translation>选择题要么恰好有一个“correct:”，要么每个选项下都有一个“when:”</translation>
    </message>
    <message>
        <source>a question of the quiz bank needs an &quot;id:&quot;</source>
        <translation>测验题库中的问题需要一个“id:”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a topic (%2)</source>
        <translation>“%1”不是一个主题（%2）</translation>
    </message>
    <message>
        <source>a live question of the quiz bank needs the &quot;scenario:&quot; it runs</source>
        <translation>测验题库中的实时问题需要它所运行的“scenario:”</translation>
    </message>
    <message>
        <source>there is no scenario &quot;%1&quot; (a lesson waiting for one says &quot;needs:&quot;)</source>
        <translation>没有场景“%1”（等待场景的课程应写“needs:”）</translation>
    </message>
    <message>
        <source>&quot;run&quot; takes nothing after it</source>
        <translation>“run”后面不接任何内容</translation>
    </message>
    <message>
        <source>&quot;field&quot; takes the name of a field of the selected event, such as key_share</source>
        <translation>“field”接所选事件的某个字段名，例如 key_share</translation>
    </message>
    <message>
        <source>there is no view &quot;%1&quot; (%2)</source>
        <translation>没有视图“%1”（%2）</translation>
    </message>
    <message>
        <source>zoom takes FROM .. TO, in milliseconds</source>
        <translation>zoom 接 FROM .. TO，单位为毫秒</translation>
    </message>
    <message>
        <source>there is no action &quot;%1&quot; (scenario, knobs, run, pause-at, view, select, field, zoom)</source>
        <translation>没有操作“%1”（scenario、knobs、run、pause-at、view、select、field、zoom）</translation>
    </message>
    <message>
        <source>a lesson file starts with &quot;lesson: ID&quot;</source>
        <translation>课程文件以“lesson: ID”开头</translation>
    </message>
    <message>
        <source>a lesson&apos;s id is lower-case letters, digits and &apos;-&apos;, not &quot;%1&quot;</source>
        <translation>课程的 id 由小写字母、数字和“-”组成，而不是“%1”</translation>
    </message>
    <message>
        <source>a lesson takes 5 to 15 minutes, not &quot;%1&quot;</source>
        <translation>一个课程需要 5 到 15 分钟，而不是“%1”</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; belongs before the step&apos;s question</source>
        <translation>“%1:”应位于步骤的问题之前</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a run before it</source>
        <translation>“%1”之前需要一次 run</translation>
    </message>
    <message>
        <source>&quot;field&quot; picks a field of the event a &quot;select&quot; before it in the step chose</source>
        <translation>“field”从该步骤中之前的“select”所选事件中挑选一个字段</translation>
    </message>
    <message>
        <source>a step has one question</source>
        <translation>一个步骤只有一个问题</translation>
    </message>
    <message>
        <source>this question&apos;s answer is measured, but no run comes before it</source>
        <translation>该问题的答案需要测量，但它之前没有运行</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; does not belong in a step</source>
        <translation>“%1:”不属于步骤</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; does not belong before the first step</source>
        <translation>“%1:”不应出现在第一个步骤之前</translation>
    </message>
    <message>
        <source>a lesson needs &quot;title:&quot;, &quot;summary:&quot; and &quot;minutes:&quot;</source>
        <translation>课程需要“title:”、“summary:”和“minutes:”</translation>
    </message>
    <message>
        <source>a lesson needs at least one step</source>
        <translation>课程至少需要一个步骤</translation>
    </message>
    <message>
        <source>a step needs a title and &quot;text:&quot;</source>
        <translation>步骤需要标题和“text:”</translation>
    </message>
    <message>
        <source>expected &quot;question:&quot;, not &quot;%1:&quot;</source>
        <translation>应为“question:”，而不是“%1:”</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is taken</source>
        <translation>id“%1”已被占用</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; has no &quot;means:&quot;</source>
        <translation>术语“%1”没有“means:”</translation>
    </message>
    <message>
        <source>a glossary has &quot;term:&quot;, &quot;aka:&quot; and &quot;means:&quot;, not &quot;%1:&quot;</source>
        <translation>术语表包含“term:”、“aka:”和“means:”，而不是“%1:”</translation>
    </message>
    <message>
        <source>a cards file starts with &quot;card: ID&quot;</source>
        <translation>卡片文件以“card: ID”开头</translation>
    </message>
    <message>
        <source>a card has &quot;title:&quot;, &quot;pick:&quot;, &quot;avoid:&quot;, &quot;run:&quot; under a claim and &quot;say:&quot;, not &quot;%1:&quot;</source>
        <translation>卡片包含“title:”、“pick:”、“avoid:”、某个论断下的“run:”以及“say:”，而不是“%1:”</translation>
    </message>
    <message>
        <source>the card &quot;%1&quot; needs a title, pick, avoid and say</source>
        <translation>卡片“%1”需要 title、pick、avoid 和 say</translation>
    </message>
</context>
<context>
    <name>LessonService</name>
    <message>
        <source>The lesson service does not implement %1.</source>
        <translation>课程服务未实现 %1。</translation>
    </message>
    <message>
        <source>thumbnail_size %1 is above the limit of %2 bytes.</source>
        <translation>thumbnail_size %1 超过了 %2 字节的上限。</translation>
    </message>
    <message>
        <source>delay_ms %1 is above the limit of %2 ms.</source>
        <translation>delay_ms %1 超过了 %2 ms 的上限。</translation>
    </message>
    <message>
        <source>The list is beyond the service&apos;s limits: at most %1 items, %2 bytes of thumbnails in all, %3 ms between items.</source>
        <translation>列表超出了服务的限制：最多 %1 个条目，缩略图总计 %2 字节，条目间隔 %3 ms。</translation>
    </message>
</context>
<context>
    <name>LessonState</name>
    <message>
        <source>there is no run to zoom into yet</source>
        <translation>还没有可供缩放的运行</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Choosing a protocol: HTTP, HTTPS, gRPC or WebSockets</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>选择协议：HTTP、HTTPS、gRPC 还是 WebSocket</translation>
    </message>
    <message>
        <source>One workload over HTTP, HTTPS, gRPC and WebSockets side by side, then what each is good at, what it costs, and how to argue a choice in a design interview.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>把同一工作负载放在 HTTP、HTTPS、gRPC 和 WebSocket 上并排运行，然后看看各自擅长什么、代价是什么，以及如何在设计面试中论证你的选择。</translation>
    </message>
    <message>
        <source>One workload, four protocols</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>一个工作负载，四种协议</translation>
    </message>
    <message>
        <source>The same workload, the same items from the same server over the same link, runs four times at
once: over plain **HTTP/1.1** (A), over **HTTPS** (B), as **gRPC** calls (C) and over a
**WebSocket** (D). First the client asks for ten items and the server answers each; then the
server has news ten times a second for two seconds, and the client must learn every piece.
HTTP and HTTPS ask for the items over a browser&apos;s pool of connections and learn the news by
long polling; gRPC makes every request a call on one HTTP/2 connection and gets the news on
one streaming call; the WebSocket carries requests, answers and news as messages on one
connection.

Read the table by asking, for each column, where its cost comes from:

- **handshakes**: TCP for all, TLS for every encrypted one, the upgrade for the WebSocket;
- **per-message overhead**: HTTP heads, HPACK blocks and frame headers, gRPC&apos;s prefixes, WebSocket
  frame headers;
- **waiting**: how many round trips the client spends waiting for answers it needs before it can
  go on, and whether it must ask before the server may speak.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>同一个工作负载——同一服务器上的相同条目，经过同一条链路——同时运行四次：使用普通
**HTTP/1.1**（A）、使用 **HTTPS**（B）、作为 **gRPC** 调用（C），以及通过
**WebSocket**（D）。首先，客户端请求十个条目，服务器逐一应答；然后，服务器在两秒内
每秒产生十次新消息，客户端必须获知每一条。
HTTP 和 HTTPS 通过浏览器的连接池请求条目，并通过长轮询获知新消息；gRPC 把每个请求
作为同一 HTTP/2 连接上的一次调用，并通过一次流式调用获取新消息；WebSocket 则在同一
连接上以消息的形式传递请求、应答和
新消息。

阅读表格时，对每一列都问一问：它的开销来自哪里：

- **握手**：所有协议都有 TCP 握手，每个加密协议都有 TLS 握手，WebSocket 还有升级；
- **每条消息的开销**：HTTP 头、HPACK 块和帧头、gRPC 的前缀、WebSocket
  帧头；
- **等待**：客户端在继续之前要花多少个往返来等待它所需要的应答，以及在服务器能够
  发言之前客户端是否必须先发出请求。</translation>
    </message>
    <message>
        <source>Which of the four can a script in a web page not use directly?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>这四种中，网页中的脚本不能直接使用哪一种？</translation>
    </message>
    <message>
        <source>Plain HTTP</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>普通 HTTP</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>WebSockets</source>
        <extracomment>choosing-a-protocol.lesson
----------
quiz.questions
----------
tradeoffs.cards</extracomment>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>gRPC</source>
        <extracomment>choosing-a-protocol.lesson
----------
quiz.questions
----------
tradeoffs.cards</extracomment>
        <translation>gRPC</translation>
    </message>
    <message>
        <source>Browsers give scripts fetch for HTTP and HTTPS and the WebSocket API for WebSockets, but no access to HTTP/2 trailers, where gRPC puts every call&apos;s status. A page needs gRPC-Web and a translating proxy to reach a gRPC service. Side C made {count(c, &quot;grpc.CallStarted client&quot;)} calls, each ending in such trailers.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>浏览器为脚本提供了用于 HTTP 和 HTTPS 的 fetch，以及用于 WebSocket 的 WebSocket API，但无法访问 HTTP/2 trailers，而 gRPC 正是把每个调用的状态放在那里。网页需要 gRPC-Web 和一个转换代理才能访问 gRPC 服务。C 侧发起了 {count(c, &quot;grpc.CallStarted client&quot;)} 次调用，每次都以这样的 trailers 结束。</translation>
    </message>
    <message>
        <source>What TLS adds</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>TLS 带来了什么</translation>
    </message>
    <message>
        <source>Compare the first two columns, **HTTP** (side A) and **HTTPS** (side B). Same requests, same
answers; B first runs a TLS handshake on every connection. With TLS 1.3 that handshake costs
**one round trip** before the first request may go (TLS 1.2 costs two), plus the bytes of the
certificate and key exchange, plus a few bytes of record header and authentication tag on every
record afterwards.

On the public internet this is not a choice: browsers mark plain HTTP as not secure, HTTP/2 in
browsers requires TLS, and any network between the user and the server can read and change
cleartext. The question is only how to make TLS cheap: TLS 1.3, resumption, and few, long-lived
connections.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>比较前两列：**HTTP**（A 侧）和 **HTTPS**（B 侧）。请求相同，应答也相同；
B 在每条连接上都先进行一次 TLS 握手。使用 TLS 1.3 时，这次握手在第一个请求发出前
要花费**一个往返**（TLS 1.2 要两个），再加上证书和密钥交换的
字节，以及此后每条记录上几个字节的记录头和
认证标签。

在公共互联网上，这没有选择余地：浏览器会把普通 HTTP 标记为不安全，浏览器中的 HTTP/2
要求 TLS，而用户与服务器之间的任何网络都能读取和篡改明文。问题只在于如何让 TLS
变得便宜：TLS 1.3、会话恢复，以及
少量长寿命的连接。</translation>
    </message>
    <message>
        <source>How many more round trips did HTTPS (B) wait for than plain HTTP (A)?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>HTTPS（B）比普通 HTTP（A）多等待了多少个往返？</translation>
    </message>
    <message>
        <source>round trips</source>
        <extracomment>choosing-a-protocol.lesson
----------
grpc.lesson
----------
head-of-line-blocking.lesson
----------
http-basics.lesson
----------
http2-multiplexing.lesson
----------
quiz.questions
----------
tls-handshakes.lesson
----------
tls-resumption.lesson
----------
websockets.lesson</extracomment>
        <translation>往返</translation>
    </message>
    <message>
        <source>B needed {b.roundTrips} round trips and A {a.roundTrips}: the difference is the TLS 1.3 handshake, one round trip per connection before the first request. It also cost {b.tlsBytes} bytes of TLS on the wire, and the first byte came {b.timeToFirstByteMs - a.timeToFirstByteMs:0} ms later.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>B 需要 {b.roundTrips} 个往返，A 需要 {a.roundTrips} 个：差别在于 TLS 1.3 握手，即每条连接在第一个请求之前多出的一个往返。它还在线路上多花了 {b.tlsBytes} 字节的 TLS 数据，第一个字节也晚到了 {b.timeToFirstByteMs - a.timeToFirstByteMs:0} ms。</translation>
    </message>
    <message>
        <source>Who speaks first</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>谁先发言</translation>
    </message>
    <message>
        <source>Look at the news, the second half of the workload. With **long polling** (A and B) the client
always keeps a request waiting at the server, which answers it as soon as there is news; the
client then asks again at once. The news arrives about as fast as when it is pushed, but every
piece costs a request and a response head, and on HTTP/1.1 a connection of its own.

**gRPC** (C) asked once, with one server-streaming call, and the server sent every piece on it.
The **WebSocket** (D) never asked at all after the upgrade: the server wrote each piece as a
message when it had it. That is **server push**: data the client did not request.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>看看新消息，也就是工作负载的后半部分。使用**长轮询**（A 和 B）时，客户端总是让一个请求
在服务器上等待，服务器一有新消息就应答它；客户端随即再次请求。新消息到达的速度与推送
时差不多，但每一条都要花费一个请求头和一个响应头，在 HTTP/1.1 上还要单独占用一条连接。

**gRPC**（C）只请求了一次，即一次服务器流式调用，服务器通过它发送每一条消息。
**WebSocket**（D）在升级之后根本没有再请求：服务器一有消息就把它作为一条
消息写出。这就是**服务器推送**：
客户端并未请求的数据。</translation>
    </message>
    <message>
        <source>How many of the updates reached the WebSocket side (D) with no request from the client before them?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>有多少条更新在客户端没有事先发出请求的情况下到达了 WebSocket 侧（D）？</translation>
    </message>
    <message>
        <source>updates</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>更新</translation>
    </message>
    <message>
        <source>D received {d.shootout.updates} updates, {d.shootout.pushedUpdates} of them after an earlier one on the same connection without a word from the client; only the first followed the requests that went before it. Long polling (A) asked for every one ({a.shootout.pushedUpdates} pushed, {a.shootout.clientRequests} HTTP requests for {a.shootout.exchanges} items and {a.shootout.updates} updates) and still learned each after {a.shootout.updateLatencyMeanMs:0} ms on average, against {d.shootout.updateLatencyMeanMs:0} ms for D, over {a.shootout.connections} connections against {d.shootout.connections}.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>D 收到了 {d.shootout.updates} 条更新，其中 {d.shootout.pushedUpdates} 条是在同一连接上前一条之后到达的，客户端没有发出任何请求；只有第一条是跟在之前的请求后面。长轮询（A）每一条都要请求（推送 {a.shootout.pushedUpdates} 条，为 {a.shootout.exchanges} 个条目和 {a.shootout.updates} 条更新发出了 {a.shootout.clientRequests} 个 HTTP 请求），平均仍要在 {a.shootout.updateLatencyMeanMs:0} ms 后才获知每条更新，而 D 为 {d.shootout.updateLatencyMeanMs:0} ms；连接数为 {a.shootout.connections} 条对 {d.shootout.connections} 条。</translation>
    </message>
    <message>
        <source>gRPC: contracts and streams between services</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>gRPC：服务之间的契约与流</translation>
    </message>
    <message>
        <source>**gRPC** is at its best **between services**: a `.proto` file is a typed, versioned contract,
code for a dozen languages is generated from it, messages are compact Protobuf, calls can stream
both ways, deadlines and cancellation are built in, and every call shares one HTTP/2 connection.

Its costs: browsers need gRPC-Web and a proxy; messages are not human-readable; HTTP caches and
CDNs cannot cache calls; and because one long-lived connection carries all calls, a load balancer
that balances **connections** sends every call of a client to the same backend. gRPC needs
balancing **per call** (an HTTP/2-aware proxy, or balancing in the client).

Here the REST side (A) is a browser-style pool of HTTP/1.1 connections against gRPC&apos;s one (D).</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>**gRPC** 最擅长用于**服务之间**：`.proto` 文件是有类型、有版本的契约，
可以由它生成十几种语言的代码，消息是紧凑的 Protobuf，调用可以双向流式传输，
截止时间和取消是内置的，所有调用共享一条 HTTP/2 连接。

它的代价：浏览器需要 gRPC-Web 和代理；消息不是人类可读的；HTTP 缓存和
CDN 无法缓存调用；而且由于一条长寿命连接承载了所有调用，按**连接**进行均衡的负载均衡器
会把一个客户端的所有调用都发往同一个后端。gRPC 需要
**按调用**进行均衡（一个理解 HTTP/2 的代理，或在客户端进行均衡）。

这里 REST 侧（A）是浏览器式的 HTTP/1.1 连接池，对比 gRPC 的一条连接（D）。</translation>
    </message>
    <message>
        <source>How many TCP connections did the REST side (A) open to fetch the items?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>REST 侧（A）为获取条目打开了多少条 TCP 连接？</translation>
    </message>
    <message>
        <source>connections</source>
        <extracomment>choosing-a-protocol.lesson
----------
http2-multiplexing.lesson
----------
quiz.questions
----------
websockets.lesson</extracomment>
        <translation>连接</translation>
    </message>
    <message>
        <source>A opened {a.connections} connections, as a browser does to run several HTTP/1.1 requests at once, each with its own TCP and TLS handshake ({a.tlsBytes} bytes of TLS in all). gRPC ran every call as a stream on {d.connections} connection ({d.tlsBytes} bytes of TLS). That single connection is also why a connection-level load balancer cannot spread one client&apos;s calls.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>A 打开了 {a.connections} 条连接，就像浏览器为同时执行多个 HTTP/1.1 请求所做的那样，每条连接都有自己的 TCP 和 TLS 握手（TLS 共 {a.tlsBytes} 字节）。gRPC 把每个调用作为 {d.connections} 条连接上的一个流来运行（TLS 共 {d.tlsBytes} 字节）。正是因为只有这一条连接，连接级的负载均衡器无法分散同一个客户端的调用。</translation>
    </message>
    <message>
        <source>WebSockets: when the server must speak first</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>WebSocket：当服务器必须先发言时</translation>
    </message>
    <message>
        <source>**WebSockets** are for data that flows **both ways, whenever it is ready**: chat, collaborative
editing, multiplayer games, live dashboards that also send commands. After one HTTP upgrade a
message costs a few bytes of frame header and arrives after the one-way delay.

Their costs: a long-lived, **stateful** connection per client, which makes load balancing,
deploys and fan-out across servers real work (see the lesson on scaling WebSockets); no HTTP
caching; message formats and acknowledgements that you design yourself; and some proxies and
corporate networks that still interfere.

In this chat, side A polls over HTTP and side B uses WebSockets.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>**WebSocket** 适用于**双向、随时就绪即发送**的数据：聊天、协同
编辑、多人游戏，以及也会发送命令的实时仪表盘。经过一次 HTTP 升级之后，一条
消息只需几个字节的帧头，并在单向延迟之后到达。

它的代价：每个客户端一条长寿命、**有状态**的连接，这使得负载均衡、
部署以及跨服务器扇出都变得费力（参见关于扩展 WebSocket 的课程）；没有 HTTP
缓存；消息格式和确认机制需要你自己设计；还有一些代理和
企业网络仍会干扰它。

在这个聊天示例中，A 侧通过 HTTP 轮询，B 侧使用 WebSocket。</translation>
    </message>
    <message>
        <source>What mean delivery latency did the WebSocket side (B) reach?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>WebSocket 侧（B）达到的平均投递延迟是多少？</translation>
    </message>
    <message>
        <source>ms</source>
        <extracomment>choosing-a-protocol.lesson
----------
http2-multiplexing.lesson
----------
polling-vs-push.lesson
----------
quiz.questions
----------
server-push.lesson
----------
tls-handshakes.lesson
----------
websocket-scaling.lesson</extracomment>
        <translation>ms</translation>
    </message>
    <message>
        <source>B&apos;s messages arrived {b.polling.latencyMeanMs:0} ms after the server had them, about the one-way delay of {knob.rttMs / 2} ms. Polling, with a poll every {knob.pollIntervalMs} ms, needed {a.polling.latencyMeanMs:0} ms on average and {a.polling.connections} connections against {b.polling.connections}.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>B 的消息在服务器拥有它们之后 {b.polling.latencyMeanMs:0} ms 到达，大约就是 {knob.rttMs / 2} ms 的单向延迟。轮询每 {knob.pollIntervalMs} ms 一次，平均需要 {a.polling.latencyMeanMs:0} ms，连接数为 {a.polling.connections} 条对 {b.polling.connections} 条。</translation>
    </message>
    <message>
        <source>Plain HTTP is still the default</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>普通 HTTP 仍是默认选择</translation>
    </message>
    <message>
        <source>For most public APIs and web pages, **HTTP request and response over HTTPS** remains the right
default. It is understood by every client, proxy, CDN, cache and tool (`curl`, browsers&apos;
developer tools, logs); it is **stateless**, so any server can answer any request; and GET
responses can be cached close to the user.

When the server needs to push only in one direction, **Server-Sent Events** stay within plain
HTTP: one long response streaming events, with reconnection built into browsers. Choose
something else when you need what HTTP cannot give: push both ways at low latency (WebSockets), or
typed, streaming calls between services (gRPC).</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>对于大多数公共 API 和网页，**基于 HTTPS 的 HTTP 请求与响应**仍然是正确的
默认选择。每个客户端、代理、CDN、缓存和工具（`curl`、浏览器的
开发者工具、日志）都理解它；它是**无状态**的，因此任何服务器都能应答任何请求；GET
响应还可以缓存在靠近用户的地方。

当服务器只需要单向推送时，**Server-Sent Events** 仍然在普通
HTTP 之内：一个持续流式传输事件的长响应，浏览器内置了重连。当你需要
HTTP 给不了的东西时再选择别的：低延迟的双向推送（WebSocket），或者
服务之间有类型的流式调用（gRPC）。</translation>
    </message>
    <message>
        <source>You publish an API for outside developers, who will call it from every language and tool. Which fits best?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>你要为外部开发者发布一个 API，他们会从各种语言和工具中调用它。哪种最合适？</translation>
    </message>
    <message>
        <source>gRPC only, with the .proto file on request</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>只提供 gRPC，按需提供 .proto 文件</translation>
    </message>
    <message>
        <source>A REST API with JSON over HTTPS</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>基于 HTTPS 的 JSON REST API</translation>
    </message>
    <message>
        <source>A WebSocket per developer, carrying JSON commands</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>每个开发者一个 WebSocket，传送 JSON 命令</translation>
    </message>
    <message>
        <source>Plain HTTP without TLS, to keep it simple</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>不使用 TLS 的普通 HTTP，保持简单</translation>
    </message>
    <message>
        <source>Outside developers need the lowest barrier: any HTTP client can call REST and read JSON, responses can be cached, and errors are ordinary HTTP statuses. gRPC can be offered as well, but it asks for code generation, HTTP/2 and trailers; a WebSocket adds state and a protocol of your own; cleartext is out of the question on the internet. In the chat above, even the polling side managed with plain HTTP, at {a.polling.latencyMeanMs:0} ms per message: acceptable for an API, not for a chat.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>外部开发者需要最低的门槛：任何 HTTP 客户端都能调用 REST 并读取 JSON，响应可以被缓存，错误就是普通的 HTTP 状态码。也可以同时提供 gRPC，但它需要代码生成、HTTP/2 和 trailers；WebSocket 会增加状态和一套你自己的协议；在互联网上使用明文是不可能的。在上面的聊天中，即使是轮询的一侧也能用普通 HTTP 应付，每条消息 {a.polling.latencyMeanMs:0} ms：对 API 来说可以接受，对聊天来说则不行。</translation>
    </message>
    <message>
        <source>Arguing a choice in an interview</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>在面试中论证你的选择</translation>
    </message>
    <message>
        <source>A good answer names the **forces**, then the choice, then its costs:

- **Who is the client?** A browser (HTTP, WebSockets, SSE; gRPC only through gRPC-Web) or a
  service you control (anything, gRPC is strong).
- **Which way does data flow?** Request and response; server push only; both ways at any time;
  long streams.
- **How fresh must it be, and how often does it change?** Polling is fine for minutes, not for
  milliseconds.
- **What is in between?** CDNs and caches favour plain HTTP; long-lived connections need load
  balancers, timeouts and deploys that handle them.
- **What does it cost per message, and per connection?** Heads against frame headers; stateless
  requests against stateful sockets.

Real systems mix them: REST at the public edge, WebSockets or SSE for live updates to browsers,
gRPC between the services behind them.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>一个好的回答先说出各种**制约因素**，然后给出选择，再说明其代价：

- **客户端是谁？** 浏览器（HTTP、WebSocket、SSE；gRPC 只能通过 gRPC-Web）还是
  你所控制的服务（什么都行，gRPC 很有优势）。
- **数据朝哪个方向流动？** 请求与响应；只有服务器推送；随时双向；
  长时间的流。
- **数据必须多新鲜，变化有多频繁？** 以分钟计时轮询没问题，以
  毫秒计时则不行。
- **中间有什么？** CDN 和缓存偏爱普通 HTTP；长寿命连接需要能够处理它们的负载
  均衡器、超时设置和部署方式。
- **每条消息、每条连接的代价是多少？** 头部对比帧头；无状态
  请求对比有状态的套接字。

真实的系统会混合使用它们：公共边缘用 REST，向浏览器推送实时更新用 WebSocket 或 SSE，
后面的服务之间用 gRPC。</translation>
    </message>
    <message>
        <source>A browser app needs live updates, and all back-end services already talk gRPC to each other. Which design is sound?</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>一个浏览器应用需要实时更新，而所有后端服务之间已经在用 gRPC 通信。哪种设计是合理的？</translation>
    </message>
    <message>
        <source>Make the browser call the back-end gRPC services directly</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>让浏览器直接调用后端 gRPC 服务</translation>
    </message>
    <message>
        <source>Replace gRPC everywhere with WebSockets, so that there is only one protocol</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>把所有地方的 gRPC 都换成 WebSocket，这样只有一种协议</translation>
    </message>
    <message>
        <source>Keep gRPC between the services, and give the browser a WebSocket or SSE (or gRPC-Web through a proxy) at the edge</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>服务之间保留 gRPC，在边缘为浏览器提供 WebSocket 或 SSE（或通过代理使用 gRPC-Web）</translation>
    </message>
    <message>
        <source>Have the browser poll each back-end service every second</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>让浏览器每秒轮询每个后端服务</translation>
    </message>
    <message>
        <source>Each protocol where it is strong. The services keep their contracts, streaming and deadlines; the browser gets a transport it can actually use, starting with an ordinary HTTP request such as the WebSocket upgrade in the last run, and an edge service translates between the two. Polling every service from the browser multiplies requests and is still late.</source>
        <extracomment>choosing-a-protocol.lesson</extracomment>
        <translation>每种协议用在它擅长的地方。服务保留它们的契约、流式传输和截止时间；浏览器得到一种它真正能用的传输方式，从一个普通的 HTTP 请求开始，比如上次运行中的 WebSocket 升级，再由一个边缘服务在两者之间转换。从浏览器轮询每个服务会使请求成倍增加，而且仍然不够及时。</translation>
    </message>
    <message>
        <source>The time a message takes to reach the other side and an answer to come back. Every exchange that must wait for a reply costs at least one RTT, which is why protocols are compared by how many round trips they need rather than by how many bytes they send.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>一条消息到达另一方、再收到应答返回所需的时间。每次必须等待回复的交换至少要花一个 RTT，这就是为什么比较协议时看的是它们需要多少个往返，而不是发送了多少字节。</translation>
    </message>
    <message>
        <source>The time from the start of a request (connection set-up included) until the first byte of the response reaches the client. It adds up every round trip spent on TCP, TLS and the request itself, so handshake improvements show up here first.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>从请求开始（包括建立连接）到响应的第一个字节到达客户端的时间。它累计了花在 TCP、TLS 和请求本身上的每个往返，因此握手方面的改进会最先体现在这里。</translation>
    </message>
    <message>
        <source>The first segment of a TCP connection, sent by the client to propose a connection and its initial sequence number. Nothing else can be sent until the handshake it starts completes.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>TCP 连接的第一个报文段，由客户端发送，用于提议建立连接并给出其初始序列号。在它开启的握手完成之前，不能发送任何其他内容。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a SYN, accepting the connection and acknowledging the client&apos;s sequence number. When it arrives, one round trip has passed and the client may send data with its ACK.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>服务器对 SYN 的应答，接受连接并确认客户端的序列号。它到达时，已经过去了一个往返，客户端可以随 ACK 一起发送数据。</translation>
    </message>
    <message>
        <source>A TCP acknowledgement: it tells the sender which bytes have arrived. The ACK completing the handshake can already travel with the client&apos;s first data, such as a ClientHello.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>TCP 确认：它告诉发送方哪些字节已经到达。完成握手的 ACK 已经可以与客户端的第一批数据（例如 ClientHello）一起发送。</translation>
    </message>
    <message>
        <source>How a TCP connection opens: SYN, SYN-ACK, ACK. It costs one round trip before the client may send its first byte of data, on every new connection.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>TCP 连接的建立过程：SYN、SYN-ACK、ACK。在每条新连接上，客户端发送第一个数据字节之前都要花费一个往返。</translation>
    </message>
    <message>
        <source>A TCP segment saying that one side has finished sending. Each direction is closed separately, so a connection ends with a FIN from each side.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>表示一方已发送完毕的 TCP 报文段。每个方向分别关闭，因此一条连接以双方各发一个 FIN 结束。</translation>
    </message>
    <message>
        <source>A TCP segment that aborts a connection at once, without an orderly close. Data still in flight is lost.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>立即中止连接、不经过有序关闭的 TCP 报文段。仍在传输中的数据会丢失。</translation>
    </message>
    <message>
        <source>The largest amount of data one TCP segment may carry, typically around 1,460 bytes on Ethernet. Larger writes are cut into several segments.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>一个 TCP 报文段可以携带的最大数据量，在以太网上通常约为 1,460 字节。更大的写入会被切成多个报文段。</translation>
    </message>
    <message>
        <source>One unit of data TCP sends, at most one MSS long. The emulated link delays, limits and drops segments, so the lanes show where each one went.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>TCP 发送的一个数据单元，最长为一个 MSS。模拟链路会延迟、限速和丢弃报文段，因此泳道会显示每个报文段的去向。</translation>
    </message>
    <message>
        <source>How many bytes (or segments) a TCP sender may have in flight without an acknowledgement. It starts small, grows as acknowledgements come back and shrinks when segments are lost, so a new connection cannot use the full bandwidth at once.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>TCP 发送方在未收到确认时可以在途的字节数（或报文段数）。它起初很小，随着确认返回而增长，在报文段丢失时缩小，因此新连接无法立刻用满全部带宽。</translation>
    </message>
    <message>
        <source>TCP&apos;s start-up phase, in which the congestion window roughly doubles every round trip from its initial size (often 10 segments). A large response on a fresh connection therefore takes several round trips, and each extra connection goes through slow start again.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>TCP 的启动阶段，拥塞窗口从初始大小（通常为 10 个报文段）开始，大约每个往返翻一倍。因此，在新连接上传输一个大响应需要好几个往返，而每多一条连接都要重新经历一次慢启动。</translation>
    </message>
    <message>
        <source>Sending a lost segment again, after duplicate acknowledgements or a timeout signal that it never arrived. Until it arrives, the receiver cannot pass on anything behind it.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>在重复确认或超时表明某个报文段没有到达后，再次发送该丢失的报文段。在它到达之前，接收方无法向上交付它后面的任何数据。</translation>
    </message>
    <message>
        <source>Segments that never reach the other side, dropped by a congested router or a weak radio link. TCP hides loss from the application by retransmitting, at the cost of delay.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>从未到达另一方的报文段，被拥塞的路由器或信号弱的无线链路丢弃。TCP 通过重传向应用隐藏丢包，代价是延迟。</translation>
    </message>
    <message>
        <source>When an item at the front of a queue holds up everything behind it. In HTTP/1.1 a slow response blocks later ones on the same connection; in TCP a lost segment holds back every later byte, including those of other HTTP/2 streams, until it is retransmitted.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>队列最前面的一项阻挡了它后面的所有内容。在 HTTP/1.1 中，一个慢响应会阻塞同一连接上后面的响应；在 TCP 中，一个丢失的报文段会阻挡后面的每个字节，包括其他 HTTP/2 流的字节，直到它被重传为止。</translation>
    </message>
    <message>
        <source>How many bits per second a link can carry in each direction. With small objects and long RTTs, round trips usually matter more than bandwidth.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>链路在每个方向上每秒能承载的比特数。在对象较小、RTT 较长时，往返通常比带宽更重要。</translation>
    </message>
    <message>
        <source>Random variation in how long each packet takes to cross the network. It makes arrival times uneven and can reorder packets.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>每个数据包穿越网络所需时间的随机变化。它使到达时间不均匀，还可能使数据包乱序。</translation>
    </message>
    <message>
        <source>The text-based version of HTTP: a request line and header lines, a blank line, then an optional body. A connection carries one exchange at a time, so browsers open several connections per host.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>HTTP 的文本版本：一个请求行和若干头部行，一个空行，然后是可选的正文。一条连接一次只承载一个交换，因此浏览器会为每个主机打开多条连接。</translation>
    </message>
    <message>
        <source>Keeping a TCP connection open after a response so the next request skips the TCP and TLS handshakes. It is the default in HTTP/1.1; Connection close asks for the opposite.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>在响应之后保持 TCP 连接打开，使下一个请求可以跳过 TCP 和 TLS 握手。这是 HTTP/1.1 的默认行为；Connection: close 则要求相反的行为。</translation>
    </message>
    <message>
        <source>Sending several HTTP/1.1 requests on one connection without waiting for the responses. The server must still answer in order, so one slow response delays the rest, and browsers never enabled it.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>在一条连接上发送多个 HTTP/1.1 请求而不等待响应。服务器仍必须按顺序应答，因此一个慢响应会拖延其余响应，浏览器也从未启用它。</translation>
    </message>
    <message>
        <source>An HTTP/1.1 way to send a body of unknown length: each chunk is preceded by its size, and a zero-size chunk ends the body, optionally followed by trailer fields.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>HTTP/1.1 发送长度未知的正文的一种方式：每个分块前面带有它的大小，一个大小为零的分块结束正文，后面可以跟随 trailer 字段。</translation>
    </message>
    <message>
        <source>A request that has the same intended effect whether it is sent once or several times, such as GET, PUT and DELETE, so a client may retry it safely. POST is not idempotent.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>无论发送一次还是多次，预期效果都相同的请求，例如 GET、PUT 和 DELETE，因此客户端可以安全地重试。POST 不是幂等的。</translation>
    </message>
    <message>
        <source>Every request carries all the context the server needs, so no request depends on a server remembering an earlier one. Stateless services scale by adding identical instances.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>每个请求都携带服务器所需的全部上下文，因此没有哪个请求依赖服务器记住之前的请求。无状态服务通过增加相同的实例来扩展。</translation>
    </message>
    <message>
        <source>A style of API that names resources with URLs and acts on them with HTTP methods, usually with JSON bodies. It relies on HTTP&apos;s own features: status codes, caching and content negotiation.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>一种 API 风格，用 URL 命名资源，用 HTTP 方法对资源进行操作，通常使用 JSON 正文。它依赖 HTTP 自身的特性：状态码、缓存和内容协商。</translation>
    </message>
    <message>
        <source>A text format for structured data, readable by people and parsed by every language. It has no bytes type, so binary data must be written in base64, which takes a third more space.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>一种结构化数据的文本格式，人可以阅读，每种语言都能解析。它没有字节类型，因此二进制数据必须写成 base64，多占三分之一的空间。</translation>
    </message>
    <message>
        <source>HTTP carried inside a TLS connection, normally on port 443. It adds encryption, integrity protection and server authentication to every request and response.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>在 TLS 连接中承载的 HTTP，通常使用 443 端口。它为每个请求和响应增加了加密、完整性保护和服务器认证。</translation>
    </message>
    <message>
        <source>The protocol that secures a byte stream such as a TCP connection: a handshake authenticates the server and agrees on keys, then records carry encrypted, integrity-protected data. TLS 1.2 and TLS 1.3 are in use today; SSL is its long-retired predecessor.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>保护字节流（例如 TCP 连接）的协议：先通过握手认证服务器并协商密钥，然后由记录承载加密且受完整性保护的数据。如今使用的是 TLS 1.2 和 TLS 1.3；SSL 是它早已退役的前身。</translation>
    </message>
    <message>
        <source>The messages that open a TLS connection, from ClientHello to Finished: they negotiate the version and algorithms, authenticate the server and derive the keys. Full TLS 1.2 handshakes take two round trips, TLS 1.3 handshakes one.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>开启 TLS 连接的一系列消息，从 ClientHello 到 Finished：它们协商版本和算法、认证服务器并派生密钥。完整的 TLS 1.2 握手需要两个往返，TLS 1.3 握手只需一个。</translation>
    </message>
    <message>
        <source>The client&apos;s first handshake message: the TLS versions and cipher suites it supports, a random value, and extensions such as SNI, ALPN, supported groups and, in TLS 1.3, key shares.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>客户端的第一条握手消息：它支持的 TLS 版本和密码套件、一个随机值，以及 SNI、ALPN、支持的组等扩展，在 TLS 1.3 中还有密钥共享（key share）。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the ClientHello, fixing the version and cipher suite; in TLS 1.3 it also carries the server&apos;s key share, and everything after it is encrypted.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>服务器对 ClientHello 的应答，确定版本和密码套件；在 TLS 1.3 中它还携带服务器的密钥共享，此后的一切都经过加密。</translation>
    </message>
    <message>
        <source>A TLS 1.3 ServerHello with a special random value, sent when the client&apos;s key shares are for groups the server will not use. It names a group the server accepts, and the client must send a second ClientHello with that share, costing one more round trip.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>一种带有特殊随机值的 TLS 1.3 ServerHello，当客户端的密钥共享所用的组服务器不愿使用时发送。它指定一个服务器接受的组，客户端必须用该组的密钥共享发送第二个 ClientHello，这要多花一个往返。</translation>
    </message>
    <message>
        <source>The first encrypted message of a TLS 1.3 server: the extensions that need not be visible, such as the ALPN protocol the server chose.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>TLS 1.3 服务器的第一条加密消息：无需公开可见的扩展，例如服务器选定的 ALPN 协议。</translation>
    </message>
    <message>
        <source>The handshake message carrying the server&apos;s certificate chain: its public key and names, signed by an authority, plus intermediates up to a root the client should trust.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>携带服务器证书链的握手消息：服务器的公钥和名称，由证书颁发机构签名，再加上一直到客户端应当信任的根证书为止的中间证书。</translation>
    </message>
    <message>
        <source>A TLS 1.3 (and client-auth) message holding a signature over the handshake so far, made with the certificate&apos;s private key. It proves the server really holds that key.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>TLS 1.3（以及客户端认证）中的一条消息，包含用证书私钥对迄今为止的握手所做的签名。它证明服务器确实持有该私钥。</translation>
    </message>
    <message>
        <source>The TLS 1.2 message with the server&apos;s ephemeral key-exchange parameters, signed with its certificate key. TLS 1.3 folded it into the ServerHello&apos;s key share.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>TLS 1.2 中携带服务器临时密钥交换参数的消息，用其证书密钥签名。TLS 1.3 把它并入了 ServerHello 的密钥共享。</translation>
    </message>
    <message>
        <source>The TLS 1.2 message saying the server has finished its first flight and waits for the client&apos;s key exchange.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>TLS 1.2 中表示服务器已完成第一轮发送、正在等待客户端密钥交换的消息。</translation>
    </message>
    <message>
        <source>The TLS 1.2 message with the client&apos;s side of the key exchange. It leaves in the second round trip, which is the round trip TLS 1.3 saves.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>TLS 1.2 中携带客户端一方密钥交换数据的消息。它在第二个往返中发出，而这正是 TLS 1.3 省掉的那个往返。</translation>
    </message>
    <message>
        <source>A TLS 1.2 record announcing that what follows is protected with the new keys. TLS 1.3 no longer needs it, but sends a dummy one so that middleboxes expecting TLS 1.2 let the connection through.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>TLS 1.2 中的一种记录，宣布此后的内容用新密钥保护。TLS 1.3 已不再需要它，但仍会发送一个假的，以便期待 TLS 1.2 的中间设备放行该连接。</translation>
    </message>
    <message>
        <source>The last handshake message of each side: a MAC over the whole handshake transcript. It proves both sides saw the same messages and hold the same keys, so tampering or a downgrade is detected.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>每一方的最后一条握手消息：对整个握手记录计算的 MAC。它证明双方看到了相同的消息并持有相同的密钥，因此篡改或降级都会被发现。</translation>
    </message>
    <message>
        <source>A message the server sends after the handshake with a ticket the client can present next time to resume the session. TLS 1.3 servers often send two, one per future connection.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>服务器在握手之后发送的消息，其中带有一张票据，客户端下次可以出示它来恢复会话。TLS 1.3 服务器通常会发送两张，每条未来的连接一张。</translation>
    </message>
    <message>
        <source>An encrypted blob, readable only by the server, holding what it needs to resume a session. A client that presents it skips the certificate and the full key exchange.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>一个只有服务器能读取的加密数据块，包含服务器恢复会话所需的信息。出示它的客户端可以跳过证书和完整的密钥交换。</translation>
    </message>
    <message>
        <source>In TLS 1.3, a secret both sides already share, usually from an earlier session&apos;s ticket. Resuming with a PSK skips the certificate and signature, and enables 0-RTT early data.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>在 TLS 1.3 中，双方已共享的一个密钥，通常来自之前会话的票据。使用 PSK 恢复会话可以跳过证书和签名，并支持 0-RTT 早期数据。</translation>
    </message>
    <message>
        <source>TLS 1.3 resumption in which the client sends application data with its very first flight, before the handshake completes. The response can arrive one round trip sooner.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>TLS 1.3 的一种会话恢复方式，客户端在第一轮发送中就发送应用数据，早于握手完成。响应可以提前一个往返到达。</translation>
    </message>
    <message>
        <source>The application data sent in 0-RTT. It can be replayed by an attacker and lacks forward secrecy, so servers accept it only for idempotent requests and may answer 425 Too Early.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>在 0-RTT 中发送的应用数据。它可能被攻击者重放，而且没有前向保密，因此服务器只对幂等请求接受它，并且可能应答 425 Too Early。</translation>
    </message>
    <message>
        <source>A public value for an ephemeral (EC)DHE key exchange on a named group such as X25519 or P-256. In TLS 1.3 the client sends one in the ClientHello, which is what allows a one-round-trip handshake.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>在 X25519 或 P-256 等命名组上进行临时 (EC)DHE 密钥交换的公开值。在 TLS 1.3 中，客户端在 ClientHello 中发送一个，这正是一个往返完成握手的前提。</translation>
    </message>
    <message>
        <source>The property that stolen long-term keys cannot decrypt past sessions, because each session&apos;s keys came from ephemeral key shares that were discarded. Every TLS 1.3 full handshake has it.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>一种安全属性：被盗的长期密钥无法解密过去的会话，因为每个会话的密钥都来自已被丢弃的临时密钥共享。每次 TLS 1.3 完整握手都具备这一属性。</translation>
    </message>
    <message>
        <source>The set of algorithms a TLS connection uses. In TLS 1.2 it names key exchange, authentication, cipher and hash; in TLS 1.3 only the AEAD cipher and the hash, such as TLS_AES_128_GCM_SHA256.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>TLS 连接所使用的一组算法。在 TLS 1.2 中，它指定密钥交换、认证、加密算法和哈希；在 TLS 1.3 中只指定 AEAD 加密算法和哈希，例如 TLS_AES_128_GCM_SHA256。</translation>
    </message>
    <message>
        <source>TLS&apos;s unit on the wire: a 5-byte header (content type, version, length) followed by the payload, encrypted and followed by an authentication tag once keys are in place. Records carry handshake messages, alerts and application data.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>TLS 在线路上的单位：一个 5 字节的头部（内容类型、版本、长度），后面是载荷；一旦密钥就位，载荷会被加密并在后面附上认证标签。记录承载握手消息、警报和应用数据。</translation>
    </message>
    <message>
        <source>A TLS message reporting a problem or the end of a connection. A fatal alert ends the connection at once, and its description says why.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>报告问题或连接结束的 TLS 消息。致命警报会立即结束连接，其描述说明了原因。</translation>
    </message>
    <message>
        <source>The TLS alert saying the sender will send no more data. It lets the other side tell a complete response from a connection cut short by an attacker.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>表示发送方不会再发送数据的 TLS 警报。它让另一方能够区分完整的响应和被攻击者截断的连接。</translation>
    </message>
    <message>
        <source>The TLS alert sent when a record fails its integrity check: it was altered in transit or decrypted with the wrong keys.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>当某条记录未通过完整性检查时发送的 TLS 警报：它在传输中被篡改，或者用错误的密钥解密。</translation>
    </message>
    <message>
        <source>The TLS alert sent when a certificate is corrupt or its signatures do not verify.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>当证书损坏或其签名无法验证时发送的 TLS 警报。</translation>
    </message>
    <message>
        <source>The TLS alert sent when the certificate chain leads to no certificate authority the receiver trusts, for example a self-signed or private-CA certificate the client was not given.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>当证书链无法追溯到接收方信任的任何证书颁发机构时发送的 TLS 警报，例如客户端没有得到的自签名证书或私有 CA 证书。</translation>
    </message>
    <message>
        <source>The TLS alert sent when the two sides share no TLS version, for example a client that offers TLS 1.2 at most and a server that requires TLS 1.3.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>当双方没有共同支持的 TLS 版本时发送的 TLS 警报，例如客户端最高只提供 TLS 1.2，而服务器要求 TLS 1.3。</translation>
    </message>
    <message>
        <source>An organisation whose signature on certificates clients trust. Clients keep a store of root certificates; a server certificate is accepted only if it chains up to one of them.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>一个其证书签名受到客户端信任的组织。客户端保存着一个根证书库；只有当服务器证书能够向上追溯到其中某个根证书时才会被接受。</translation>
    </message>
    <message>
        <source>A ClientHello extension naming the host the client wants, so one IP address can serve many sites with different certificates. It is sent in the clear unless Encrypted Client Hello is used.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>ClientHello 中指明客户端想访问的主机的扩展，使一个 IP 地址可以为使用不同证书的多个网站提供服务。除非使用 Encrypted Client Hello，否则它以明文发送。</translation>
    </message>
    <message>
        <source>A TLS extension in which the client lists the application protocols it speaks (h2, http/1.1) and the server picks one during the handshake, at no extra round trip.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>一种 TLS 扩展，客户端在其中列出它支持的应用层协议（h2、http/1.1），服务器在握手过程中选定一个，无需额外的往返。</translation>
    </message>
    <message>
        <source>TLS in which the client also presents a certificate, so both sides authenticate each other. Common between services inside a company network or a service mesh.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>客户端也出示证书的 TLS，使双方相互认证。常见于公司网络或服务网格内部的服务之间。</translation>
    </message>
    <message>
        <source>A response header telling the browser to reach the host only over HTTPS for a given time, so a later http:// link or typed address cannot be intercepted in plain text.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>一个响应头部，告诉浏览器在给定时间内只通过 HTTPS 访问该主机，这样之后的 http:// 链接或手动输入的地址就无法以明文被截获。</translation>
    </message>
    <message>
        <source>Authenticated encryption with associated data: a cipher mode that encrypts a record and computes a tag over it in one step. The receiver decrypts only if the tag checks, so a changed, cut or replayed record is refused instead of read. TLS 1.3 allows only AEAD ciphers.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>带关联数据的认证加密：一种在一步之内既加密记录、又为其计算标签的密码模式。接收方只有在标签校验通过时才解密，因此被篡改、截断或重放的记录会被拒绝，而不会被读取。TLS 1.3 只允许 AEAD 密码。</translation>
    </message>
    <message>
        <source>The guarantee that only the two ends can read what they exchange. TLS gives it with keys agreed in the handshake; it hides content, not the addresses, the server name, sizes or timing.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>保证只有通信的两端能读懂它们交换的内容。TLS 用握手中协商出的密钥实现这一点；它隐藏的是内容，而不是地址、服务器名称、大小或时间。</translation>
    </message>
    <message>
        <source>The guarantee that data arrives exactly as it was sent. TLS checks each record&apos;s tag and ends the connection with bad_record_mac when one fails; plain HTTP has no such check, and TCP&apos;s checksum only catches noise, since an attacker recomputes it.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>保证数据到达时与发送时完全一致。TLS 会检查每条记录的标签，一旦校验失败就以 bad_record_mac 结束连接；明文 HTTP 没有这种检查，而 TCP 的校验和只能发现噪声，因为攻击者可以重新计算它。</translation>
    </message>
    <message>
        <source>Someone on the network path who reads the traffic without changing it: a shared Wi-Fi, a router, a provider&apos;s tap. Over plain HTTP they read passwords and cookies; over HTTPS only addresses, ports, the server name, record sizes and timing.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>网络路径上只读取流量而不修改它的人：共享 Wi-Fi、路由器、运营商的窃听点。通过明文 HTTP，他们能读到密码和 Cookie；通过 HTTPS，只能看到地址、端口、服务器名称、记录大小和时间。</translation>
    </message>
    <message>
        <source>An attacker on the path who can change, drop or inject bytes, or pose as the server. Integrity checks turn altered bytes into an error, and certificate checks keep the attacker from posing as the server.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>路径上能够修改、丢弃或注入字节，或冒充服务器的攻击者。完整性检查会把被改动的字节变成错误，证书检查则使攻击者无法冒充服务器。</translation>
    </message>
    <message>
        <source>The binary version of HTTP: one connection carries many concurrent requests as streams of frames, with headers compressed by HPACK. Over TLS it is negotiated with ALPN.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>HTTP 的二进制版本：一个连接以帧组成的流承载许多并发请求，头部用 HPACK 压缩。在 TLS 之上，它通过 ALPN 协商。</translation>
    </message>
    <message>
        <source>HTTP/2 without TLS. The client must know in advance that the server speaks it and starts directly with the connection preface; browsers do not support it.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>不使用 TLS 的 HTTP/2。客户端必须事先知道服务器支持它，并直接以连接前言开始；浏览器不支持它。</translation>
    </message>
    <message>
        <source>The fixed 24-byte string an HTTP/2 client sends first, followed by its SETTINGS frame. A server that only understands HTTP/1.1 rejects it at once.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>HTTP/2 客户端最先发送的固定 24 字节字符串，随后是它的 SETTINGS 帧。只懂 HTTP/1.1 的服务器会立即拒绝它。</translation>
    </message>
    <message>
        <source>One request and its response inside an HTTP/2 connection, named by a stream ID: odd for streams the client opens, even for those the server opens by push, 0 for the connection itself.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>HTTP/2 连接中的一个请求及其响应，由流 ID 标识：客户端打开的流为奇数，服务器通过推送打开的流为偶数，0 表示连接本身。</translation>
    </message>
    <message>
        <source>HTTP/2&apos;s unit on the wire: a 9-byte header (length, type, flags, stream ID) and a payload. Frames of different streams can be interleaved on one connection.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>HTTP/2 在线路上的单位：一个 9 字节的帧头（长度、类型、标志、流 ID）加上载荷。不同流的帧可以在同一连接上交错传输。</translation>
    </message>
    <message>
        <source>Carrying many independent exchanges over one connection at the same time, by interleaving their frames. It removes HTTP-level head-of-line blocking and the need for many connections.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>通过交错各自的帧，在一个连接上同时承载多个相互独立的交互。它消除了 HTTP 层的队头阻塞，也不再需要许多连接。</translation>
    </message>
    <message>
        <source>The HTTP/2 frame that opens a stream and carries a header block compressed with HPACK: a request&apos;s headers, a response&apos;s headers or, at the end, trailers.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>打开一个流并携带用 HPACK 压缩的头部块的 HTTP/2 帧：请求的头部、响应的头部，或在末尾携带尾部（trailers）。</translation>
    </message>
    <message>
        <source>The HTTP/2 frame carrying body bytes of a stream. Only DATA frames count against flow control.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>携带流的正文字节的 HTTP/2 帧。只有 DATA 帧计入流量控制。</translation>
    </message>
    <message>
        <source>The frame each side sends first on an HTTP/2 connection, stating its parameters (maximum concurrent streams, initial window size, whether push is allowed). It must be acknowledged by a SETTINGS frame with the ACK flag.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>HTTP/2 连接上每一方最先发送的帧，声明自己的参数（最大并发流数、初始窗口大小、是否允许推送）。它必须由带 ACK 标志的 SETTINGS 帧确认。</translation>
    </message>
    <message>
        <source>The frame a server sends, on the stream of a client&apos;s request, to announce that it will push a response. It carries the request headers the push answers and the even stream ID that will carry it.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>服务器在客户端请求所在的流上发送的帧，用于宣告它将推送一个响应。它携带该推送所对应的请求头部，以及将承载该推送的偶数流 ID。</translation>
    </message>
    <message>
        <source>The frame that ends a single stream at once, with an error code such as CANCEL, while the connection and its other streams go on.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>立即结束单个流的帧，带有错误码（如 CANCEL），而连接及其上的其他流继续进行。</translation>
    </message>
    <message>
        <source>The frame that starts shutting down an HTTP/2 connection: it tells the peer the highest stream that will be processed, so requests on later streams can be retried elsewhere.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>开始关闭 HTTP/2 连接的帧：它告诉对端将被处理的最大流编号，以便之后流上的请求可以转到别处重试。</translation>
    </message>
    <message>
        <source>The frame that gives the sender more flow-control credit, for one stream or for the whole connection, as the receiver consumes data.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>在接收方消耗数据时，为发送方增加流量控制额度的帧，可针对单个流或整个连接。</translation>
    </message>
    <message>
        <source>An HTTP/2 frame the peer must echo back with the ACK flag. It measures round-trip time and checks that an idle connection is still alive.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>对端必须带 ACK 标志回显的 HTTP/2 帧。它用于测量往返时间，并检查空闲连接是否仍然存活。</translation>
    </message>
    <message>
        <source>The frame that carries the rest of a header block too large for one HEADERS or PUSH_PROMISE frame. No other frame may come between them.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>承载头部块剩余部分的帧，用于一个 HEADERS 或 PUSH_PROMISE 帧装不下的头部块。它们之间不得插入其他帧。</translation>
    </message>
    <message>
        <source>A flag on HEADERS or DATA meaning the sender has nothing more to send on that stream. A request with no body has it on its HEADERS frame.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>HEADERS 或 DATA 上的一个标志，表示发送方在该流上已没有更多要发送的内容。没有正文的请求会在其 HEADERS 帧上带这个标志。</translation>
    </message>
    <message>
        <source>A flag meaning a header block is complete in this frame; without it, CONTINUATION frames follow.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>表示头部块在本帧中已完整的标志；没有它时，后面会跟着 CONTINUATION 帧。</translation>
    </message>
    <message>
        <source>HTTP/2&apos;s credit system: a sender may have only as many DATA bytes outstanding as the receiver&apos;s window, per stream and per connection, starting at 65,535 bytes and raised with WINDOW_UPDATE.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>HTTP/2 的额度机制：发送方未确认的 DATA 字节数不得超过接收方的窗口，按流和按连接分别计算，初始为 65,535 字节，并通过 WINDOW_UPDATE 提高。</translation>
    </message>
    <message>
        <source>HTTP/2&apos;s header compression: fields are replaced by indexes into a static table of common fields and a dynamic table of fields sent earlier, and literals can be Huffman-coded. Repeated headers shrink to a byte or two.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>HTTP/2 的头部压缩：字段被替换为索引，指向常用字段的静态表和先前已发送字段的动态表，字面值可以用 Huffman 编码。重复的头部会缩小到一两个字节。</translation>
    </message>
    <message>
        <source>HTTP/3&apos;s version of HPACK, redesigned so that streams arriving out of order over QUIC do not block on each other&apos;s table updates.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>HTTP/3 版本的 HPACK，经过重新设计，使通过 QUIC 乱序到达的流不会因彼此的表更新而相互阻塞。</translation>
    </message>
    <message>
        <source>An HTTP/2 feature letting a server send responses the client has not asked for yet, announced with PUSH_PROMISE, to save a round trip. Browsers dropped it because it often pushed what was already cached.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>HTTP/2 的一项功能，允许服务器发送客户端尚未请求的响应（通过 PUSH_PROMISE 宣告），以节省一次往返。浏览器放弃了它，因为它经常推送已经缓存的内容。</translation>
    </message>
    <message>
        <source>An interim response that tells the browser which resources to preload while the server still prepares the page. It replaced server push on the web because the browser keeps the choice.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>一种临时响应，在服务器仍在准备页面时告诉浏览器要预加载哪些资源。它在 Web 上取代了服务器推送，因为选择权留在浏览器手中。</translation>
    </message>
    <message>
        <source>HTTP over QUIC, a transport on UDP that orders each stream separately, so a lost packet stalls only the streams whose data it carried. It also merges the transport and TLS 1.3 handshakes.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>基于 QUIC 的 HTTP。QUIC 是 UDP 之上的传输协议，对每个流分别排序，因此丢失一个数据包只会让其承载数据的那些流停顿。它还把传输握手和 TLS 1.3 握手合二为一。</translation>
    </message>
    <message>
        <source>A protocol that turns an HTTP/1.1 connection into a persistent, full-duplex channel of small frames, so either side can send at any time. wss:// runs it over TLS.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>把 HTTP/1.1 连接转变为由小帧组成的持久、全双工通道的协议，任何一方都可以随时发送。wss:// 在 TLS 之上运行它。</translation>
    </message>
    <message>
        <source>The HTTP/1.1 header by which a client asks to switch the connection to another protocol, such as websocket. It is sent with Connection: Upgrade.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>客户端用来请求把连接切换到另一协议（如 websocket）的 HTTP/1.1 头部。它与 Connection: Upgrade 一起发送。</translation>
    </message>
    <message>
        <source>The status a server answers an Upgrade request with when it agrees: from the end of that response on, the connection speaks the new protocol.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>服务器同意 Upgrade 请求时回复的状态码：从该响应结束起，连接就改用新协议。</translation>
    </message>
    <message>
        <source>A random 16-byte value, base64-encoded, that the client sends in the WebSocket upgrade request so that the server can prove it understood the handshake.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>客户端在 WebSocket 升级请求中发送的一个随机 16 字节值（base64 编码），以便服务器证明它理解了这次握手。</translation>
    </message>
    <message>
        <source>The server&apos;s reply to Sec-WebSocket-Key: the SHA-1 hash of the key joined with a fixed GUID, base64-encoded. It shows the server speaks WebSocket; it provides no security.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>服务器对 Sec-WebSocket-Key 的答复：该密钥与一个固定 GUID 拼接后的 SHA-1 哈希，再经 base64 编码。它表明服务器支持 WebSocket，但不提供任何安全性。</translation>
    </message>
    <message>
        <source>The 4 bits in a WebSocket frame header saying what the frame is: 1 text, 2 binary, 0 continuation, 8 close, 9 ping, 10 pong.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>WebSocket 帧头中说明帧类型的 4 个比特：1 文本，2 二进制，0 延续，8 关闭，9 ping，10 pong。</translation>
    </message>
    <message>
        <source>The XOR of every client-to-server WebSocket payload with a random 4-byte key carried in the frame. It keeps scripts from putting chosen bytes on the wire that a proxy could mistake for HTTP; it is not encryption.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>用帧中携带的随机 4 字节密钥，对客户端发往服务器的每个 WebSocket 载荷做 XOR。它防止脚本在线路上放置可被代理误认为 HTTP 的特定字节；它不是加密。</translation>
    </message>
    <message>
        <source>WebSocket control frames: a ping must be answered with a pong carrying the same payload. They detect dead peers and keep idle connections alive through proxies and NAT.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>WebSocket 控制帧：ping 必须用携带相同载荷的 pong 回复。它们用于发现失效的对端，并让空闲连接在经过代理和 NAT 时保持存活。</translation>
    </message>
    <message>
        <source>The number in a WebSocket close frame saying why the connection ends: 1000 normal, 1001 going away, 1009 message too big. 1006 is never sent; it reports a connection lost without a close frame.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>WebSocket 关闭帧中说明连接结束原因的数字：1000 正常，1001 离开，1009 消息过大。1006 从不发送；它表示连接在没有关闭帧的情况下丢失。</translation>
    </message>
    <message>
        <source>Asking the server for news at a fixed interval, answered at once, often with nothing. Simple and cache-friendly, but updates wait for the next poll and empty polls cost requests.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>以固定间隔向服务器询问有无新消息，服务器立即回答，常常是什么都没有。简单且对缓存友好，但更新要等到下一次轮询，空轮询也要耗费请求。</translation>
    </message>
    <message>
        <source>A request the server holds open until there is news, after which the client asks again at once. Updates arrive nearly as fast as over a WebSocket, but each one costs an HTTP request.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>服务器一直挂起直到有新消息的请求，之后客户端立即再次发起请求。更新到达的速度几乎与 WebSocket 一样快，但每次更新都要耗费一个 HTTP 请求。</translation>
    </message>
    <message>
        <source>A long-lived HTTP response through which the server streams text events to the browser, which reconnects by itself. It flows one way only, server to client.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>一个长时间存在的 HTTP 响应，服务器通过它向浏览器流式发送文本事件，浏览器会自行重连。它只能单向传输：从服务器到客户端。</translation>
    </message>
    <message>
        <source>A remote procedure call framework on HTTP/2: services and messages are defined in .proto files, code is generated for each language, and every call is one HTTP/2 stream carrying length-prefixed Protobuf messages.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>基于 HTTP/2 的远程过程调用框架：服务和消息在 .proto 文件中定义，为每种语言生成代码，每次调用是一个 HTTP/2 流，承载带长度前缀的 Protobuf 消息。</translation>
    </message>
    <message>
        <source>Google&apos;s binary serialisation format and schema language. Fields are identified by numbers, so messages are compact and old and new versions of a schema can read each other.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>Google 的二进制序列化格式和模式语言。字段用数字标识，因此消息紧凑，而且新旧版本的模式可以互相读取。</translation>
    </message>
    <message>
        <source>The 5 bytes before every gRPC message: one flag byte saying whether it is compressed and four bytes giving its length.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>每条 gRPC 消息前的 5 个字节：一个标志字节说明是否压缩，四个字节给出其长度。</translation>
    </message>
    <message>
        <source>A gRPC call with one request message and one response message, like an ordinary function call or a REST request.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>只有一条请求消息和一条响应消息的 gRPC 调用，就像普通的函数调用或 REST 请求。</translation>
    </message>
    <message>
        <source>A gRPC call in which the client sends one request and the server answers with a stream of messages, such as the results of a search.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>客户端发送一个请求、服务器以消息流作答的 gRPC 调用，例如搜索结果。</translation>
    </message>
    <message>
        <source>A gRPC call in which the client sends a stream of messages and the server answers once at the end, such as an upload in chunks.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>客户端发送消息流、服务器在最后回答一次的 gRPC 调用，例如分块上传。</translation>
    </message>
    <message>
        <source>A gRPC call in which both sides send streams of messages independently on the same HTTP/2 stream, such as a chat or a live sync.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>双方在同一个 HTTP/2 流上各自独立发送消息流的 gRPC 调用，例如聊天或实时同步。</translation>
    </message>
    <message>
        <source>Header fields sent after the body. gRPC sends its status in them, in a last HEADERS frame with END_STREAM, so it can report an error after messages have already been sent.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>在正文之后发送的头部字段。gRPC 在其中发送状态，放在带 END_STREAM 的最后一个 HEADERS 帧里，这样即使消息已经发出，它仍能报告错误。</translation>
    </message>
    <message>
        <source>A gRPC response made of a single HEADERS frame holding the HTTP status and the grpc-status, used when a call ends without any response message, typically an immediate error.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>由单个 HEADERS 帧构成的 gRPC 响应，其中包含 HTTP 状态和 grpc-status，用于调用在没有任何响应消息的情况下结束时，通常是立即出错。</translation>
    </message>
    <message>
        <source>The trailer carrying a call&apos;s outcome: 0 OK, or codes such as NOT_FOUND (5), DEADLINE_EXCEEDED (4) and UNAVAILABLE (14). The HTTP status stays 200.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>携带调用结果的尾部：0 表示 OK，或者 NOT_FOUND (5)、DEADLINE_EXCEEDED (4)、UNAVAILABLE (14) 等状态码。HTTP 状态保持为 200。</translation>
    </message>
    <message>
        <source>The point in time after which a gRPC client gives up on a call; it travels as the grpc-timeout header, and the call then ends with DEADLINE_EXCEEDED. Services should pass the remaining time on to the calls they make.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>gRPC 客户端放弃调用的时间点；它以 grpc-timeout 头部传递，调用随后以 DEADLINE_EXCEEDED 结束。服务应当把剩余时间传递给它们发起的调用。</translation>
    </message>
    <message>
        <source>A variant of gRPC that browsers can use over fetch or XHR: trailers travel inside the response body. A proxy such as Envoy, or a server that supports it, translates to native gRPC.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>浏览器可通过 fetch 或 XHR 使用的 gRPC 变体：尾部放在响应正文中传输。由 Envoy 之类的代理或支持它的服务器转换为原生 gRPC。</translation>
    </message>
    <message>
        <source>In gRPC-Web, the last block of a response body: a five-byte prefix whose first byte is 0x80, then the trailers (grpc-status, grpc-message) as text lines. It replaces HTTP/2 trailers, which browser scripts cannot read.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>在 gRPC-Web 中，响应正文的最后一块：一个首字节为 0x80 的五字节前缀，随后是以文本行形式给出的尾部（grpc-status、grpc-message）。它取代了浏览器脚本无法读取的 HTTP/2 尾部。</translation>
    </message>
    <message>
        <source>A proxy between browsers and gRPC servers: it takes gRPC-Web over HTTP/1.1 or HTTP/2, calls the server with native gRPC over HTTP/2, and writes the server&apos;s trailers into a trailer frame. It is an extra hop, and it turns a browser that closes its connection into a cancelled stream.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>位于浏览器和 gRPC 服务器之间的代理：它接收基于 HTTP/1.1 或 HTTP/2 的 gRPC-Web，通过 HTTP/2 用原生 gRPC 调用服务器，并把服务器的尾部写入一个尾部帧。它多了一跳，而且会把浏览器关闭连接变成一个被取消的流。</translation>
    </message>
    <message>
        <source>The gRPC status (1) of a call the client gave up. On HTTP/2 the client resets just that stream with RST_STREAM (error CANCEL) so the server can stop working; over HTTP/1.1 the only way is to close the connection.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>客户端放弃的调用的 gRPC 状态 (1)。在 HTTP/2 上，客户端用 RST_STREAM（错误码 CANCEL）只重置那一个流，以便服务器停止工作；在 HTTP/1.1 上，唯一的办法是关闭连接。</translation>
    </message>
    <message>
        <source>A component that spreads connections or requests over several servers. A layer-4 balancer picks a server per TCP connection; a layer-7 balancer reads HTTP and can pick per request or per gRPC call.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>把连接或请求分散到多台服务器上的组件。四层负载均衡器按每个 TCP 连接选择服务器；七层负载均衡器读取 HTTP，可以按每个请求或每次 gRPC 调用选择服务器。</translation>
    </message>
    <message>
        <source>A load-balancer rule that sends all requests of one client to the same server, usually by a cookie or the client&apos;s address. Needed when a server keeps a client&apos;s state in memory, as with long polling; it makes load uneven.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>一种负载均衡器规则，把同一客户端的所有请求发送到同一台服务器，通常依据 Cookie 或客户端地址。当服务器在内存中保存客户端状态时（例如长轮询）需要它；它会使负载不均衡。</translation>
    </message>
    <message>
        <source>A messaging pattern in which publishers send messages to topics and every subscriber of a topic receives them, without knowing each other. WebSocket servers use it (Redis, Kafka, NATS) to reach users connected to other servers.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>一种消息模式：发布者把消息发送到主题，该主题的每个订阅者都会收到，彼此无需相识。WebSocket 服务器用它（Redis、Kafka、NATS）来触达连接在其他服务器上的用户。</translation>
    </message>
    <message>
        <source>Handling more load by adding more machines behind a load balancer rather than buying a bigger one. It is easiest when servers are stateless.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>通过在负载均衡器后面增加更多机器来承担更多负载，而不是购买更大的机器。服务器无状态时最容易实现。</translation>
    </message>
    <message>
        <source>Many clients doing the same thing at the same moment, such as reconnecting after a server restarts. Exponential backoff with random jitter spreads them out.</source>
        <extracomment>glossary.terms</extracomment>
        <translation>许多客户端在同一时刻做同一件事，例如在服务器重启后重新连接。带随机抖动的指数退避可以把它们分散开。</translation>
    </message>
    <message>
        <source>gRPC: Protobuf messages on HTTP/2 streams</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>gRPC：HTTP/2 流上的 Protobuf 消息</translation>
    </message>
    <message>
        <source>What a gRPC call is on the wire: a POST on an HTTP/2 stream, Protobuf messages with a five-byte prefix, the status in trailers, four kinds of call on one connection, gRPC-Web through a proxy for browsers, and deadlines.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>gRPC 调用在线路上是什么样子：HTTP/2 流上的一个 POST、带五字节前缀的 Protobuf 消息、放在尾部中的状态、同一连接上的四种调用、供浏览器使用的经代理的 gRPC-Web，以及截止时间（deadline）。</translation>
    </message>
    <message>
        <source>The same items, four ways</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>同样的条目，四种方式</translation>
    </message>
    <message>
        <source>All four sides fetch the same items from the same server. **A** is a REST API: a `GET /api/items/N`
per item, each answered with a JSON document, over a browser&apos;s pool of HTTP/1.1 connections.
**D** is gRPC: a unary call `GetItem` per item, each an **HTTP/2 stream** on a single connection,
each item a **Protobuf** message.

gRPC changes two things at once, so **B** and **C** change one each. B sends A&apos;s very requests,
answered with the same JSON, as streams on one HTTP/2 connection. C keeps A&apos;s HTTP/1.1 pool but
asks for Protobuf (`Accept: application/x-protobuf`) and gets exactly the bytes of gRPC&apos;s messages.
Read the four as a square: from A to B, and from C to D, only the transport changes; from A to C,
and from B to D, only the encoding.

A gRPC call is an ordinary HTTP/2 request with strict rules. The selected event shows its headers:

- `:method POST` and `:path /protoviz.lesson.v1.Lesson/GetItem`: the path names the service and
  the method, as declared in a `.proto` file;
- `content-type: application/grpc`;
- `te: trailers`: the client promises it can read trailers, where the outcome will come.

Both sides of a gRPC call share the `.proto` schema, and code generated from it builds and reads
the messages.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>四侧都从同一台服务器获取同样的条目。**A** 是 REST API：每个条目一个 `GET /api/items/N`，
每个都以一个 JSON 文档作答，使用浏览器的 HTTP/1.1 连接池。
**D** 是 gRPC：每个条目一次一元调用 `GetItem`，每次调用是单个连接上的一个 **HTTP/2 流**，
每个条目是一条 **Protobuf** 消息。

gRPC 同时改变了两件事，所以 **B** 和 **C** 各改变一件。B 发送与 A 完全相同的请求，
以同样的 JSON 作答，但作为一个 HTTP/2 连接上的流。C 保留 A 的 HTTP/1.1 连接池，但
请求 Protobuf（`Accept: application/x-protobuf`），得到与 gRPC 消息完全相同的字节。
把这四者看成一个正方形：从 A 到 B、从 C 到 D，只有传输方式改变；从 A 到 C、
从 B 到 D，只有编码改变。

gRPC 调用就是一个遵循严格规则的普通 HTTP/2 请求。选中的事件显示了它的头部：

- `:method POST` 和 `:path /protoviz.lesson.v1.Lesson/GetItem`：路径指明服务和
  方法，与 `.proto` 文件中的声明一致；
- `content-type: application/grpc`；
- `te: trailers`：客户端承诺它能读取尾部，调用结果将放在那里。

gRPC 调用的双方共享 `.proto` 模式，由它生成的代码负责构建和读取
消息。</translation>
    </message>
    <message>
        <source>Against A, which single change saved more bytes on the wire: HTTP/2 (B) or Protobuf (C)?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>与 A 相比，哪一项单独的改变在线路上节省了更多字节：HTTP/2（B）还是 Protobuf（C）？</translation>
    </message>
    <message>
        <source>HTTP/2, with the same JSON (B)</source>
        <extracomment>grpc.lesson
----------
quiz.questions</extracomment>
        <translation>HTTP/2，使用同样的 JSON（B）</translation>
    </message>
    <message>
        <source>Protobuf, over the same HTTP/1.1 pool (C)</source>
        <extracomment>grpc.lesson
----------
quiz.questions</extracomment>
        <translation>Protobuf，使用同样的 HTTP/1.1 连接池（C）</translation>
    </message>
    <message>
        <source>A put {a.wireBytes} bytes on the wire, B {b.wireBytes}, C {c.wireBytes}, and gRPC, with both changes, {d.wireBytes}. HTTP/2 saved {a.wireBytes - b.wireBytes} bytes in headers and TLS: {a.headerBytes} bytes of HTTP/1.1 text against {b.headerBytes} bytes of HPACK, which sends repeated fields as small indexes, and A&apos;s {a.connections} connections each paid for a handshake, {a.tlsBytes} TLS bytes in all against {b.tlsBytes} for B&apos;s one connection. Protobuf saved {a.wireBytes - c.wireBytes} bytes in the bodies: {a.bodyBytes} bytes of JSON against {c.bodyBytes} of Protobuf, while C&apos;s headers grew to {c.headerBytes} bytes because it must ask for Protobuf. The more items and the larger they are, the more the encoding weighs.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>A 在线路上发送了 {a.wireBytes} 字节，B 为 {b.wireBytes}，C 为 {c.wireBytes}，而同时做了两项改变的 gRPC 为 {d.wireBytes}。HTTP/2 在头部和 TLS 上节省了 {a.wireBytes - b.wireBytes} 字节：HTTP/1.1 文本头部 {a.headerBytes} 字节，对比 HPACK 的 {b.headerBytes} 字节（HPACK 把重复的字段作为小索引发送）；而且 A 的 {a.connections} 个连接每个都要付出一次握手的代价，TLS 共 {a.tlsBytes} 字节，对比 B 的单个连接的 {b.tlsBytes} 字节。Protobuf 在正文上节省了 {a.wireBytes - c.wireBytes} 字节：JSON {a.bodyBytes} 字节，对比 Protobuf 的 {c.bodyBytes} 字节，而 C 的头部增加到了 {c.headerBytes} 字节，因为它必须请求 Protobuf。条目越多、越大，编码的分量就越重。</translation>
    </message>
    <message>
        <source>Protobuf against JSON</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Protobuf 与 JSON 对比</translation>
    </message>
    <message>
        <source>The selected message is one item as D received it. **Protobuf** writes each field as a small
**tag** (the field&apos;s number and a wire type), then the value: integers as **varints** (small
numbers take one byte), strings and bytes as a length followed by the raw bytes. Field names never
travel; both sides know them from the schema.

**JSON** writes every field name as text in every document, numbers as decimal digits, and binary
data, such as this item&apos;s thumbnail, as **base64**: four characters for every three bytes. The
inspector shows, for every message, how many bytes the same message takes in Protobuf&apos;s JSON
mapping.

The price of Protobuf: a message cannot be read without its schema, and it is not something you
can type into `curl` or read in a log.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>选中的消息是 D 收到的一个条目。**Protobuf** 把每个字段写成一个小小的
**标签**（字段编号和线路类型），然后是值：整数写成 **varint**（小
数字只占一个字节），字符串和字节写成长度加原始字节。字段名从不
传输；双方都从模式中得知它们。

**JSON** 在每个文档中把每个字段名都写成文本，数字写成十进制数字，二进制
数据（比如这个条目的缩略图）写成 **base64**：每三个字节占四个字符。
检查器为每条消息显示同一条消息在 Protobuf 的 JSON
映射中占多少字节。

Protobuf 的代价：没有模式就无法读取消息，而且它不是你
能在 `curl` 中输入或在日志中阅读的东西。</translation>
    </message>
    <message>
        <source>For every 100 bytes D&apos;s gRPC messages took, prefixes included, how many bytes would the same messages take as JSON?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>D 的 gRPC 消息（含前缀）每占 100 字节，同样的消息写成 JSON 要占多少字节？</translation>
    </message>
    <message>
        <source>bytes</source>
        <extracomment>grpc.lesson
----------
http-basics.lesson
----------
https.lesson
----------
quiz.questions
----------
tls-resumption.lesson</extracomment>
        <translation>字节</translation>
    </message>
    <message>
        <source>D&apos;s messages took {d.grpc.messageBytes} bytes; written as JSON they would take {d.grpc.jsonBytes}, about {100 * d.grpc.jsonBytes / d.grpc.messageBytes:0} for every 100. Most of the difference is the thumbnail, which base64 makes a third larger; the rest is field names, quotes and decimal numbers. A&apos;s REST responses carried {a.bodyBytes} bytes of JSON bodies on the wire. C&apos;s Protobuf bodies, {c.bodyBytes} bytes, are exactly D&apos;s response messages with their prefixes taken off: {d.grpc.messageBytesReceived - 5 * d.grpc.messagesReceived} bytes.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>D 的消息占 {d.grpc.messageBytes} 字节；写成 JSON 要占 {d.grpc.jsonBytes} 字节，约为每 100 字节对应 {100 * d.grpc.jsonBytes / d.grpc.messageBytes:0} 字节。差异主要来自缩略图，base64 使它增大三分之一；其余来自字段名、引号和十进制数字。A 的 REST 响应在线路上携带了 {a.bodyBytes} 字节的 JSON 正文。C 的 Protobuf 正文共 {c.bodyBytes} 字节，正好是 D 的响应消息去掉前缀后的大小：{d.grpc.messageBytesReceived - 5 * d.grpc.messagesReceived} 字节。</translation>
    </message>
    <message>
        <source>Five bytes in front of every message</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>每条消息前的五个字节</translation>
    </message>
    <message>
        <source>HTTP/2 DATA frames do not mark where one message ends and the next begins: a message may be split
over several frames, or several messages may share one. So gRPC frames its messages itself. Every
message, request or response, is a **length-prefixed message**:

    +------------+---------------------+-------------------+
    | compressed |   message length    |  message (bytes)  |
    |   1 byte   | 4 bytes, big-endian |                   |
    +------------+---------------------+-------------------+

The first byte says whether the message is compressed (with the algorithm named in
`grpc-encoding`), the next four give its length. The selected request is a tiny `ItemRequest`:
the prefix is larger than the message itself. The same framing lets a stream carry any number of
messages in either direction, which is what makes streaming calls possible.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>HTTP/2 DATA 帧并不标明一条消息在哪里结束、下一条从哪里开始：一条消息可能被拆分
到多个帧中，也可能多条消息共用一个帧。所以 gRPC 自己为消息分帧。每条
消息，无论请求还是响应，都是一条**带长度前缀的消息**：

    +------------+---------------------+-------------------+
    |  压缩标志  |      消息长度       |    消息(字节)     |
    |   1 字节   |   4 字节, 大端序    |                   |
    +------------+---------------------+-------------------+

第一个字节说明消息是否经过压缩（使用 `grpc-encoding` 中指定的
算法），接下来四个字节给出其长度。选中的请求是一条很小的 `ItemRequest`：
前缀比消息本身还大。同样的分帧方式让一个流可以在任一方向上承载任意数量的
消息，这正是流式调用得以实现的原因。</translation>
    </message>
    <message>
        <source>How many bytes of length prefixes did D&apos;s calls carry in all?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>D 的各次调用总共携带了多少字节的长度前缀？</translation>
    </message>
    <message>
        <source>Five bytes for every message: {d.grpc.messagesSent} requests and {d.grpc.messagesReceived} responses make {d.grpc.prefixBytes} bytes of prefixes, out of {d.grpc.messageBytes} bytes of messages.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>每条消息五个字节：{d.grpc.messagesSent} 个请求和 {d.grpc.messagesReceived} 个响应，共 {d.grpc.prefixBytes} 字节前缀，而消息总共 {d.grpc.messageBytes} 字节。</translation>
    </message>
    <message>
        <source>The outcome travels in trailers</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>结果放在尾部中传输</translation>
    </message>
    <message>
        <source>A gRPC response has three parts on its stream: a **HEADERS** frame with `:status 200` and
`content-type: application/grpc`, the response messages in **DATA** frames, and a last
**HEADERS** frame that ends the stream: the **trailers**. They carry the result:

- `grpc-status`: `0` OK; otherwise a code such as `3` INVALID_ARGUMENT, `4` DEADLINE_EXCEEDED,
  `5` NOT_FOUND, `7` PERMISSION_DENIED, `12` UNIMPLEMENTED, `13` INTERNAL, `14` UNAVAILABLE,
  `16` UNAUTHENTICATED;
- `grpc-message`: a human-readable description, if any.

The HTTP status stays `200` even when the call fails. Why put the status at the end? In a
streaming call the server may have sent many messages before something goes wrong, so the outcome
is only known after the last message. A call that fails at once may send a single HEADERS frame
that carries both: **Trailers-Only**.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>gRPC 响应在其流上有三部分：一个带 `:status 200` 和
`content-type: application/grpc` 的 **HEADERS** 帧，放在 **DATA** 帧中的响应消息，以及最后一个
结束该流的 **HEADERS** 帧：**尾部**（trailers）。它们携带结果：

- `grpc-status`：`0` 表示 OK；否则是某个状态码，例如 `3` INVALID_ARGUMENT、`4` DEADLINE_EXCEEDED、
  `5` NOT_FOUND、`7` PERMISSION_DENIED、`12` UNIMPLEMENTED、`13` INTERNAL、`14` UNAVAILABLE、
  `16` UNAUTHENTICATED；
- `grpc-message`：人类可读的描述（如果有）。

即使调用失败，HTTP 状态也保持为 `200`。为什么把状态放在最后？在
流式调用中，服务器可能在出错之前已经发送了许多消息，所以结果
只有在最后一条消息之后才能知道。立即失败的调用可以只发送一个同时携带
两者的 HEADERS 帧：**Trailers-Only**。</translation>
    </message>
    <message>
        <source>The server answered with :status 200, but the call failed. Where does the client learn that?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>服务器以 :status 200 作答，但调用失败了。客户端从哪里得知这一点？</translation>
    </message>
    <message>
        <source>From the HTTP status, which the client must look at first</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>从 HTTP 状态，客户端必须首先查看它</translation>
    </message>
    <message>
        <source>From grpc-status in the trailers, the HEADERS frame that ends the stream</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>从尾部中的 grpc-status，即结束该流的 HEADERS 帧</translation>
    </message>
    <message>
        <source>From a field inside the last Protobuf message</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>从最后一条 Protobuf 消息中的某个字段</translation>
    </message>
    <message>
        <source>From a RST_STREAM frame that carries the gRPC status code</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>从携带 gRPC 状态码的 RST_STREAM 帧</translation>
    </message>
    <message>
        <source>gRPC keeps HTTP&apos;s status at 200 for any call the server handled and reports the outcome in grpc-status, which goes in the trailers because only they come after the last message. In this run {count(d, &quot;grpc.CallFinished client value=0&quot;)} of D&apos;s {d.grpc.calls} calls ended with grpc-status 0, OK.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>对于服务器处理过的任何调用，gRPC 都把 HTTP 状态保持为 200，并在 grpc-status 中报告结果；它放在尾部中，因为只有尾部在最后一条消息之后到达。在本次运行中，D 的 {d.grpc.calls} 次调用里有 {count(d, &quot;grpc.CallFinished client value=0&quot;)} 次以 grpc-status 0（OK）结束。</translation>
    </message>
    <message>
        <source>Four kinds of call on one connection</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>同一连接上的四种调用</translation>
    </message>
    <message>
        <source>A `.proto` service declares each method with a request and a response type, and the keyword
`stream` on either side gives the four **call types**:

- **unary**: one request, one response (`GetItem`);
- **server streaming**: one request, many responses (`ListItems`);
- **client streaming**: many requests, one response (`UploadItems`);
- **bidirectional streaming**: both sides send messages whenever they like (`Exchange`).

Every call is one HTTP/2 stream, and all of them here share **one connection**. Side **A** moves
the items one message per exchange: a unary call per item, one after another, then each item back
through a bidirectional stream, waiting for every acknowledgement. Side **B** streams: all items
down in one server-streaming call, then all back up in one client-streaming call.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>`.proto` 服务为每个方法声明一个请求类型和一个响应类型，在任一侧加上关键字
`stream`，就得到四种**调用类型**：

- **一元调用**：一个请求，一个响应（`GetItem`）；
- **服务器流式**：一个请求，多个响应（`ListItems`）；
- **客户端流式**：多个请求，一个响应（`UploadItems`）；
- **双向流式**：双方随时发送消息（`Exchange`）。

每次调用是一个 HTTP/2 流，这里所有调用共享**一个连接**。**A 侧**每次交互
传送一条消息：每个条目一次一元调用，一个接一个，然后通过一个双向流
把每个条目送回，并等待每一个确认。**B 侧**使用流式传输：用一次服务器流式调用
把所有条目传下来，再用一次客户端流式调用把它们全部传回去。</translation>
    </message>
    <message>
        <source>How many gRPC calls did side A make?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>A 侧发起了多少次 gRPC 调用？</translation>
    </message>
    <message>
        <source>calls</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>次调用</translation>
    </message>
    <message>
        <source>A made {a.grpc.calls} calls: a unary call per item, each with its own request headers and trailers, and one bidirectional call that carried every item back. B made {b.grpc.calls}: one server-streaming and one client-streaming call. Per-call costs add up: A spent {a.headerBytes} bytes on HPACK header blocks against B&apos;s {b.headerBytes}, and A&apos;s acknowledgements made {a.grpc.messagesSent + a.grpc.messagesReceived} messages against B&apos;s {b.grpc.messagesSent + b.grpc.messagesReceived}. The biggest cost is waiting (next step).</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>A 发起了 {a.grpc.calls} 次调用：每个条目一次一元调用，每次都有自己的请求头部和尾部，外加一次把所有条目送回的双向调用。B 发起了 {b.grpc.calls} 次：一次服务器流式调用和一次客户端流式调用。每次调用的开销会累加：A 在 HPACK 头部块上花了 {a.headerBytes} 字节，B 为 {b.headerBytes} 字节；A 的确认使消息数达到 {a.grpc.messagesSent + a.grpc.messagesReceived} 条，B 为 {b.grpc.messagesSent + b.grpc.messagesReceived} 条。最大的开销是等待（见下一步）。</translation>
    </message>
    <message>
        <source>Waiting is what costs</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>代价在于等待</translation>
    </message>
    <message>
        <source>Count the waits. Each of A&apos;s unary calls waits for its response before the next call starts, and
each item sent through A&apos;s bidirectional stream waits for its acknowledgement. Every wait is a
**round trip**. B&apos;s streams send message after message without waiting, so a whole direction
costs about one round trip.

A bidirectional stream does not have to wait like A&apos;s; it is A&apos;s choice to send one item at a time.
The lesson is about the pattern, not the call type: **do not wait for an answer you do not need
yet**.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>数一数等待的次数。A 的每次一元调用都要等到响应才开始下一次调用，
通过 A 的双向流发送的每个条目都要等待其确认。每次等待就是一次
**往返**。B 的流一条接一条地发送消息而不等待，所以整个方向
只花费大约一次往返。

双向流并不一定要像 A 那样等待；一次只发一个条目是 A 自己的选择。
本课讲的是模式，而不是调用类型：**不要等待你暂时还不需要的
答复**。</translation>
    </message>
    <message>
        <source>Counting the TCP and TLS handshakes, how many round trips did side A wait for?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>把 TCP 和 TLS 握手计算在内，A 侧等待了多少次往返？</translation>
    </message>
    <message>
        <source>One for TCP, one for TLS, then one per item fetched and one per item sent back: {a.roundTrips} round trips, {a.totalTimeMs:0} ms in all. B needed {b.roundTrips} round trips, {b.totalTimeMs:0} ms, for the same items: its streams pay a round trip per call, not per message.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>TCP 一次，TLS 一次，然后每获取一个条目一次，每送回一个条目一次：共 {a.roundTrips} 次往返，总计 {a.totalTimeMs:0} ms。对于同样的条目，B 只需要 {b.roundTrips} 次往返，{b.totalTimeMs:0} ms：它的流是每次调用付出一次往返，而不是每条消息。</translation>
    </message>
    <message>
        <source>Browsers and gRPC-Web</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>浏览器与 gRPC-Web</translation>
    </message>
    <message>
        <source>A page&apos;s JavaScript cannot make the calls you have seen. `fetch` and `XMLHttpRequest` let the
browser choose the HTTP version and the frames, and they give a script **no access to HTTP/2
trailers**, where `grpc-status` lives. A browser cannot hold a client-streaming call open
either.

**gRPC-Web** adapts the protocol. Side **A** is a browser: it sends the same `GetItem` calls as
ordinary HTTP/1.1 POSTs to a **proxy** (Envoy plays this part in real systems), which calls the
server with native gRPC over HTTP/2. On the way back the proxy moves the trailers into the
response body, as one last length-prefixed block whose first byte has its top bit set (`0x80`):
the **trailer frame**. A script reads it like any other bytes of the body. Side **B** calls the
server natively, as before.

The selected event is a response the browser received: status `200` and a `grpc-web` content
type. Unary and server-streaming calls work this way; client and bidirectional streaming do not.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>页面中的 JavaScript 无法发起你刚才看到的那些调用。`fetch` 和 `XMLHttpRequest` 让
浏览器选择 HTTP 版本和帧，而且它们**不让脚本访问 HTTP/2
尾部**，而 `grpc-status` 就在尾部中。浏览器也无法让客户端流式调用
保持打开。

**gRPC-Web** 对协议做了改编。**A 侧**是浏览器：它把同样的 `GetItem` 调用作为
普通的 HTTP/1.1 POST 发送给一个**代理**（在实际系统中由 Envoy 担任），代理再通过 HTTP/2
用原生 gRPC 调用服务器。在返回途中，代理把尾部移入
响应正文，作为最后一个带长度前缀的块，其首字节的最高位被置位（`0x80`）：
即**尾部帧**。脚本像读取正文的其他字节一样读取它。**B 侧**仍像之前一样
以原生方式调用服务器。

选中的事件是浏览器收到的一个响应：状态 `200`，内容类型为 `grpc-web`。
一元调用和服务器流式调用可以这样工作；客户端流式和双向流式则不行。</translation>
    </message>
    <message>
        <source>Why can&apos;t a web page call a gRPC service directly with fetch?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>为什么网页不能直接用 fetch 调用 gRPC 服务？</translation>
    </message>
    <message>
        <source>Browsers cannot send POST requests with binary bodies</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>浏览器无法发送带二进制正文的 POST 请求</translation>
    </message>
    <message>
        <source>Browsers do not support HTTP/2 at all</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>浏览器根本不支持 HTTP/2</translation>
    </message>
    <message>
        <source>Browser APIs do not expose HTTP/2 trailers, where gRPC puts the call&apos;s status, nor control over HTTP/2 framing</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>浏览器 API 既不暴露 HTTP/2 尾部（gRPC 把调用状态放在那里），也不提供对 HTTP/2 分帧的控制</translation>
    </message>
    <message>
        <source>Protobuf cannot be decoded in JavaScript</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>Protobuf 无法在 JavaScript 中解码</translation>
    </message>
    <message>
        <source>Browsers speak HTTP/2 and JavaScript decodes Protobuf well; what is missing is access to the protocol underneath. In this run the proxy turned the trailers of A&apos;s {a.grpc.callsOk} OK calls into trailer frames, {bytes(a, &quot;grpc.CallFinished server&quot;)} bytes at the end of the bodies, and B read the status of its {b.grpc.calls} calls from HTTP/2 trailers. The extra hop costs connections and bytes: A used {a.connections} connections, one per call in flight to the proxy plus the proxy&apos;s own to the server, and {a.wireBytes} bytes on its two hops, against {b.connections} connection and {b.wireBytes} bytes for B.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>浏览器支持 HTTP/2，JavaScript 也能很好地解码 Protobuf；缺的是对底层协议的访问。在本次运行中，代理把 A 的 {a.grpc.callsOk} 次 OK 调用的尾部转成了尾部帧，位于正文末尾，共 {bytes(a, &quot;grpc.CallFinished server&quot;)} 字节；B 则从 HTTP/2 尾部读取其 {b.grpc.calls} 次调用的状态。多出的一跳要耗费连接和字节：A 使用了 {a.connections} 个连接（每个发往代理的进行中调用一个，加上代理自己到服务器的连接），两跳共 {a.wireBytes} 字节；B 只用了 {b.connections} 个连接和 {b.wireBytes} 字节。</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>截止时间（deadline）</translation>
    </message>
    <message>
        <source>A gRPC client should give every call a **deadline**: the moment after which the answer is no
longer useful. It travels as the `grpc-timeout` header, a number of at most eight digits and a
unit (`H`, `M`, `S`, `m` for milliseconds, `u`, `n`); the selected request carries
`grpc-timeout` for this run&apos;s 150 ms.

When the deadline passes, the client ends the call with **DEADLINE_EXCEEDED** (status `4`). On
HTTP/2 (side B) it cancels just that stream with `RST_STREAM`, and the connection carries on.
An HTTP/1.1 request cannot be cancelled on its own, so the browser (side A) closes the
connection, and the proxy resets the matching stream towards the server. Either way the server
learns it can stop working. A server that calls other services passes the **remaining** time
on, so a chain of calls gives up together instead of finishing work nobody waits for.

In this run the application makes all six calls at once, as the session starts. The server&apos;s work grows from nothing on the first
call to 150 ms on the sixth, as long as the deadline itself, on a link with a 50 ms round trip.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>gRPC 客户端应当为每次调用设定一个**截止时间**（deadline）：超过这一时刻，答复就不再
有用。它以 `grpc-timeout` 头部传递，由最多八位数字和一个
单位组成（`H`、`M`、`S`、表示毫秒的 `m`、`u`、`n`）；选中的请求携带了
与本次运行的 150 ms 对应的 `grpc-timeout`。

截止时间一过，客户端就以 **DEADLINE_EXCEEDED**（状态 `4`）结束调用。在
HTTP/2 上（B 侧），它用 `RST_STREAM` 只取消那一个流，连接继续工作。
HTTP/1.1 请求无法单独取消，所以浏览器（A 侧）会关闭
连接，由代理重置通往服务器的对应流。无论哪种方式，服务器都
会得知它可以停止工作。调用其他服务的服务器会把**剩余**时间
传递下去，这样整条调用链会一起放弃，而不是完成没人等待的工作。

在本次运行中，应用程序在会话开始时一次发起全部六次调用。服务器的工作量从第一次
调用的零增长到第六次的 150 ms，与截止时间本身一样长，链路的往返时间为 50 ms。</translation>
    </message>
    <message>
        <source>How many of side B&apos;s six calls will not end OK?</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>B 侧的六次调用中，有多少次不会以 OK 结束？</translation>
    </message>
    <message>
        <source>{b.grpc.callsOk} of B&apos;s {b.grpc.calls} calls ended OK, and {count(b, &quot;grpc.CallFinished client value=4&quot;)} ended with DEADLINE_EXCEEDED. The clock starts when the application makes the call, not when its request leaves: here the calls were made before the connection existed, and its TCP handshake used {firstMs(b, &quot;grpc.CallStarted client&quot;) - firstMs(b, &quot;wire.SYN&quot;):0} ms of every deadline before a request could go. Then each call still needs a round trip and the server&apos;s work, so calls whose work alone fitted in {knob.grpcDeadlineMs} ms failed too. Side A, through the proxy, had {a.grpc.callsOk} OK and {count(a, &quot;grpc.CallFinished client value=4&quot;)} past the deadline; its browser closed connections to give up, where B sent {count(b, &quot;http2.RST_STREAM client c2s&quot;)} RST_STREAM frames on its one connection. Without a deadline, a call to a stuck server can wait as long as the connection lives.</source>
        <extracomment>grpc.lesson</extracomment>
        <translation>B 的 {b.grpc.calls} 次调用中有 {b.grpc.callsOk} 次以 OK 结束，{count(b, &quot;grpc.CallFinished client value=4&quot;)} 次以 DEADLINE_EXCEEDED 结束。计时从应用程序发起调用时开始，而不是从请求发出时开始：这里调用是在连接建立之前发起的，TCP 握手在请求能够发出之前就用掉了每个截止时间中的 {firstMs(b, &quot;grpc.CallStarted client&quot;) - firstMs(b, &quot;wire.SYN&quot;):0} ms。之后每次调用还需要一次往返和服务器的工作时间，所以那些仅工作量就能在 {knob.grpcDeadlineMs} ms 内完成的调用也失败了。A 侧经由代理，有 {a.grpc.callsOk} 次 OK，{count(a, &quot;grpc.CallFinished client value=4&quot;)} 次超过截止时间；它的浏览器通过关闭连接来放弃，而 B 在它唯一的连接上发送了 {count(b, &quot;http2.RST_STREAM client c2s&quot;)} 个 RST_STREAM 帧。如果没有截止时间，对卡住的服务器的调用可能会一直等下去，直到连接终止。</translation>
    </message>
    <message>
        <source>Head-of-line blocking, from HTTP/1.1 to TCP</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>队头阻塞：从 HTTP/1.1 到 TCP</translation>
    </message>
    <message>
        <source>One request at a time</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>一次一个请求</translation>
    </message>
    <message>
        <source>**Head-of-line blocking** is a queue problem: the item at the head of a queue holds up
everything behind it, even items that are ready.

HTTP/1.1 has it built in. An HTTP/1.1 response does not say which request it answers: on a
connection, the order is the only link between them. So a client normally sends its next
request on a connection only once the previous response has fully arrived, and every request
queues behind the one before it.

Both sides here load a document and its objects over a **single** connection. Side **A** sends
a request, waits for the whole response, and only then sends the next. Watch its ladder: out,
back, out, back.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>**队头阻塞**是一个排队问题：队列头部的项目会阻挡它后面的所有项目，
即使那些项目已经就绪。

HTTP/1.1 天生就有这个问题。HTTP/1.1 响应不会说明它回答的是哪个请求：在一个
连接上，顺序是二者之间唯一的联系。所以客户端通常要等上一个响应完全到达后，
才在该连接上发送下一个请求，每个请求都排在前一个请求后面。

这里双方都通过**单个**连接加载一个文档及其对象。**A 侧**发送
一个请求，等待整个响应，然后才发送下一个。观察它的时序图：去，
回，去，回。</translation>
    </message>
    <message>
        <source>How many round trips does side A need for the whole page, handshakes included?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>包括握手在内，A 侧加载整个页面需要多少次往返？</translation>
    </message>
    <message>
        <source>Side A needed {a.roundTrips} round trips: one for TCP, one for TLS 1.3, one for the document, then one for each of the {knob.objects} objects, because every request waited for the response before it. That took {a.totalTimeMs:0} ms, and almost all of it was waiting, not transferring.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>A 侧需要 {a.roundTrips} 次往返：TCP 一次，TLS 1.3 一次，文档一次，然后 {knob.objects} 个对象各一次，因为每个请求都要等到前一个响应。这共花了 {a.totalTimeMs:0} ms，几乎全部是在等待，而不是在传输。</translation>
    </message>
    <message>
        <source>Pipelining: send at once, answer in order</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>管线化：一次发出，按序作答</translation>
    </message>
    <message>
        <source>Side **B** uses HTTP/1.1 **pipelining**: the client sends several requests back to back without
waiting (ProtoViz keeps up to six outstanding) and the server answers them as they come.

The catch is in the rule that makes it work. Responses carry no request id, so RFC 9112 requires
the server to send its responses **in the order the requests arrived**:

    requests:   GET /a   GET /b   GET /c    --&gt;
    responses:                           &lt;--  /a (slow)  /b  /c
                                              ^ /b and /c are ready, but must wait

If the first response is slow to produce or large, every response behind it waits, even if it
is ready. That is head-of-line blocking at the **HTTP level**. Add proxies that mishandled
pipelined requests, and browsers never turned pipelining on by default: they opened six
connections per host instead.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>**B 侧**使用 HTTP/1.1 **管线化**：客户端连续发送多个请求而不
等待（ProtoViz 最多保持六个未完成的请求），服务器按到达顺序逐个作答。

问题就出在使它得以运作的规则上。响应不携带请求 ID，因此 RFC 9112 要求
服务器**按请求到达的顺序**发送响应：

    请求:       GET /a   GET /b   GET /c    --&gt;
    响应:                                &lt;--  /a (慢)  /b  /c
                                              ^ /b 和 /c 已就绪，但必须等待

如果第一个响应生成得慢或者很大，它后面的每个响应都要等待，即使它
已经就绪。这就是 **HTTP 层**的队头阻塞。再加上有些代理会错误处理
管线化的请求，浏览器从未默认开启管线化：它们改为对每个主机打开六个
连接。</translation>
    </message>
    <message>
        <source>A client pipelines requests for /a, /b and /c. The server needs a second to produce /a, while /b and /c are ready at once. What may the server send first?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>客户端以管线化方式请求 /a、/b 和 /c。服务器生成 /a 需要一秒，而 /b 和 /c 立即就绪。服务器可以先发送什么？</translation>
    </message>
    <message>
        <source>The responses to /b and /c, then /a when it is ready</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>先发 /b 和 /c 的响应，等 /a 就绪后再发 /a</translation>
    </message>
    <message>
        <source>Whichever response is ready first, tagged with its request&apos;s path</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>哪个响应先就绪就先发哪个，并标注其请求的路径</translation>
    </message>
    <message>
        <source>The response to /a, so /b and /c wait until it has been sent</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>/a 的响应，因此 /b 和 /c 要等到它发送完毕</translation>
    </message>
    <message>
        <source>An interim 100 Continue for /a, then /b and /c</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>先为 /a 发送一个临时的 100 Continue，然后是 /b 和 /c</translation>
    </message>
    <message>
        <source>An HTTP/1.1 response names no request; the client matches responses to requests purely by order, so the server must keep that order. In this run all objects were equally quick, and pipelining still cut the load from {a.totalTimeMs:0} ms to {b.totalTimeMs:0} ms ({a.roundTrips} round trips against {b.roundTrips}), because requests no longer waited for responses. But one slow response would have stalled all of them.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>HTTP/1.1 响应不指明请求；客户端完全依靠顺序把响应与请求对应起来，所以服务器必须保持这个顺序。在本次运行中，所有对象都一样快，管线化仍把加载时间从 {a.totalTimeMs:0} ms 缩短到 {b.totalTimeMs:0} ms（{a.roundTrips} 次往返对比 {b.roundTrips} 次），因为请求不再等待响应。但只要有一个慢响应，就会让它们全部停顿。</translation>
    </message>
    <message>
        <source>One large response in front</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>前面有一个大响应</translation>
    </message>
    <message>
        <source>Pipelining&apos;s weak spot needs one slow or large response, so this page is **mixed**: its first
object is a quarter of a megabyte, the other nine are small. Both sides use a single
connection. Side **A** is HTTP/1.1 with pipelining on: it sends the requests back to back.
Side **B** is HTTP/2: every request is a stream on its one connection.

On A the server must answer in order, so the small responses queue on the wire behind the
large one, although the server had them ready at once. On B the server cuts every response
into DATA frames and **interleaves** them: the small objects&apos; frames slip in between the large
object&apos;s, and each small object is complete after a few frames of its own.

The selected event is the moment A&apos;s large object was complete. Compare where the small
objects complete in the two lanes.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>管线化的弱点需要一个慢的或大的响应才会暴露，所以这个页面是**混合的**：它的第一个
对象有四分之一兆字节，其余九个都很小。双方都使用单个
连接。**A 侧**是开启了管线化的 HTTP/1.1：它连续发送请求。
**B 侧**是 HTTP/2：每个请求都是其唯一连接上的一个流。

在 A 上，服务器必须按序作答，所以小响应在线路上排在
大响应后面，尽管服务器早已把它们准备好了。在 B 上，服务器把每个响应切成
DATA 帧并**交错**发送：小对象的帧穿插在大对象的帧之间，
每个小对象在发送了自己的几个帧之后就完成了。

选中的事件是 A 的大对象完成的时刻。比较两个泳道中
小对象完成的位置。</translation>
    </message>
    <message>
        <source>The first small object was requested right after the large one. On which side did it arrive before the large object was complete?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>第一个小对象紧接在大对象之后被请求。在哪一侧，它在大对象完成之前就已到达？</translation>
    </message>
    <message>
        <source>On both</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>两侧都是</translation>
    </message>
    <message>
        <source>Only on HTTP/1.1 with pipelining (A)</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>只有开启管线化的 HTTP/1.1（A）</translation>
    </message>
    <message>
        <source>Only on HTTP/2 (B)</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>只有 HTTP/2（B）</translation>
    </message>
    <message>
        <source>On neither</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>两侧都不是</translation>
    </message>
    <message>
        <source>On A the large object was complete at {firstMs(a, &quot;session.ObjectCompleted flags=0 stream=0&quot;):0} ms and the first small one at {firstMs(a, &quot;session.ObjectCompleted stream=1&quot;):0} ms: in-order answers held it behind the large response, and the last small object came at {lastMs(a, &quot;session.ObjectCompleted flags=0&quot;):0} ms. On B the first small object was in at {firstMs(b, &quot;session.ObjectCompleted stream=1&quot;):0} ms, while the large one was still arriving until {firstMs(b, &quot;session.ObjectCompleted flags=0 stream=0&quot;):0} ms. Both sides moved the same {knob.largeObjectSize} bytes over one connection; only the order of the bytes differed.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>在 A 上，大对象在 {firstMs(a, &quot;session.ObjectCompleted flags=0 stream=0&quot;):0} ms 完成，第一个小对象在 {firstMs(a, &quot;session.ObjectCompleted stream=1&quot;):0} ms 完成：按序作答把它挡在了大响应后面，最后一个小对象在 {lastMs(a, &quot;session.ObjectCompleted flags=0&quot;):0} ms 才到达。在 B 上，第一个小对象在 {firstMs(b, &quot;session.ObjectCompleted stream=1&quot;):0} ms 就已到达，而大对象一直到 {firstMs(b, &quot;session.ObjectCompleted flags=0 stream=0&quot;):0} ms 仍在传输。双方都通过一个连接传送了同样的 {knob.largeObjectSize} 字节；不同的只是字节的顺序。</translation>
    </message>
    <message>
        <source>HTTP/2 against HTTP/1.1 on a lossy link</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>有损链路上的 HTTP/2 与 HTTP/1.1 对比</translation>
    </message>
    <message>
        <source>HTTP/2 removes head-of-line blocking at the HTTP level: every response is a **stream** of its
own, its frames carry the stream id, and the server interleaves them as they are ready. A slow
response delays only its own stream.

Now the same page loads over HTTP/1.1 with six connections (side A) and over HTTP/2 with one
(side B), on a link that drops **two percent** of the data segments. The seed is fixed, so the
same segments are lost every time you run this step. The emulated TCP resends a lost segment
after a retransmission timeout and halves its congestion window.

The lesson **HTTP/2 multiplexing** measures what one multiplexed connection gains on a clean
link. Make a prediction for this one.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>HTTP/2 在 HTTP 层消除了队头阻塞：每个响应都是一个独立的**流**，
它的帧携带流 ID，服务器在帧就绪时把它们交错发送。慢的
响应只会延误它自己的流。

现在同一个页面分别通过使用六个连接的 HTTP/1.1（A 侧）和使用一个连接的 HTTP/2
（B 侧）加载，链路会丢弃**百分之二**的数据报文段。随机种子是固定的，所以
每次运行这一步丢失的都是同样的报文段。模拟的 TCP 会在重传超时后
重发丢失的报文段，并把拥塞窗口减半。

课程 **HTTP/2 多路复用**测量了一个多路复用连接在无损
链路上能带来多少好处。请对这次运行做出预测。</translation>
    </message>
    <message>
        <source>At two percent loss, which side has the whole page first?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>在百分之二的丢包率下，哪一侧先得到整个页面？</translation>
    </message>
    <message>
        <source>HTTP/1.1 with six connections</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>使用六个连接的 HTTP/1.1</translation>
    </message>
    <message>
        <source>HTTP/2 with one connection</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>使用一个连接的 HTTP/2</translation>
    </message>
    <message>
        <source>HTTP/1.1 took {a.totalTimeMs:0} ms and HTTP/2 {b.totalTimeMs:0} ms. HTTP/1.1 lost {a.segmentsLost} segments, but each loss stalled only one of its {a.connections} connections; HTTP/2 lost {b.segmentsLost}, all on its one connection, and every loss stalled every stream and shrank the one congestion window they all share. Which side wins depends on where the losses fall, and with other seeds HTTP/2 often still wins at this loss rate; but every loss costs it more than it costs one of six connections.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>HTTP/1.1 用了 {a.totalTimeMs:0} ms，HTTP/2 用了 {b.totalTimeMs:0} ms。HTTP/1.1 丢失了 {a.segmentsLost} 个报文段，但每次丢失只让它 {a.connections} 个连接中的一个停顿；HTTP/2 丢失了 {b.segmentsLost} 个，全都在它唯一的连接上，每次丢失都让所有流停顿，并缩小了它们共享的那一个拥塞窗口。哪一侧获胜取决于丢包发生在哪里，换用其他种子时，在这个丢包率下 HTTP/2 往往仍然获胜；但每次丢包对它造成的损失，都比对六个连接之一造成的更大。</translation>
    </message>
    <message>
        <source>One lost segment holds back every stream</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>丢失一个报文段，所有流都被拖住</translation>
    </message>
    <message>
        <source>The playback stopped at the first segment the link dropped on the HTTP/2 connection. Step on
and watch the segments behind it: they **arrive**, but TCP does not hand them to TLS and HTTP/2,
because TCP promises an in-order byte stream and there is now a hole in it. They wait in the
receive buffer, shaded in the lanes, until the retransmission fills the hole, and then they are
all delivered at once.

    sent:       s1  s2  s3  s4  s5  s6
    arrived:    s1  s2  --  s4  s5  s6      (s3 lost on the way)
    delivered:  s1  s2  ...waiting...  s3 (resent)  s4  s5  s6

Those held-back segments carry DATA frames of many different streams. None of those streams
lost anything, yet all of them wait: head-of-line blocking has moved from HTTP down into **TCP**.
If the retransmission is lost too, TCP doubles its timeout before the next try, and everything
behind the hole waits that much longer.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>回放停在链路在 HTTP/2 连接上丢弃的第一个报文段处。继续单步
观察它后面的报文段：它们**到达了**，但 TCP 不把它们交给 TLS 和 HTTP/2，
因为 TCP 保证的是按序的字节流，而现在其中出现了一个空洞。它们在
接收缓冲区中等待（在泳道中以阴影显示），直到重传填补了空洞，然后
一次性全部交付。

    发送:       s1  s2  s3  s4  s5  s6
    到达:       s1  s2  --  s4  s5  s6      (s3 在途中丢失)
    交付:       s1  s2  ...等待中...  s3 (重发)  s4  s5  s6

这些被拖住的报文段携带着许多不同流的 DATA 帧。这些流都没有
丢失任何东西，却全都要等待：队头阻塞从 HTTP 下移到了 **TCP**。
如果重传也丢失了，TCP 会在下一次尝试前把超时时间加倍，空洞后面的
一切都要再多等那么久。</translation>
    </message>
    <message>
        <source>On the HTTP/2 connection, how many segments were held back, on average, for every segment the link lost?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>在 HTTP/2 连接上，链路每丢失一个报文段，平均有多少个报文段被拖住？</translation>
    </message>
    <message>
        <source>segments</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>个报文段</translation>
    </message>
    <message>
        <source>The HTTP/2 connection lost {b.segmentsLost} segments and held back {b.segmentsBlocked} behind them, about {b.segmentsBlocked / max(b.segmentsLost, 1):1} per loss: every segment in flight behind a hole waits, whichever stream it carries. On HTTP/1.1, {a.segmentsLost} losses held back {a.segmentsBlocked} segments, about {a.segmentsBlocked / max(a.segmentsLost, 1):1} per loss, because each connection carries one response, has fewer segments in flight, and a stall on it leaves the other connections running.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>HTTP/2 连接丢失了 {b.segmentsLost} 个报文段，并在其后拖住了 {b.segmentsBlocked} 个，平均每次丢失约 {b.segmentsBlocked / max(b.segmentsLost, 1):1} 个：空洞后面所有在途的报文段都要等待，无论它们承载的是哪个流。在 HTTP/1.1 上，{a.segmentsLost} 次丢失拖住了 {a.segmentsBlocked} 个报文段，平均每次约 {a.segmentsBlocked / max(a.segmentsLost, 1):1} 个，因为每个连接只承载一个响应，在途的报文段更少，而且一个连接停顿时其他连接仍在运行。</translation>
    </message>
    <message>
        <source>Why six connections cope better</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>为什么六个连接应对得更好</translation>
    </message>
    <message>
        <source>Six HTTP/1.1 connections are six independent TCP byte streams. A loss on one of them:

- holds back only the bytes of that connection, which belong to one response;
- halves only that connection&apos;s congestion window, while the others go on undisturbed.

One HTTP/2 connection puts every stream into a single byte stream with a single congestion
window. A loss stalls all streams until the retransmission arrives, and halves the sending rate
of the whole page. The more loss, the more HTTP/2&apos;s advantage from one shared connection turns
into a shared risk: one reason HTTP/2 often disappointed on lossy mobile and Wi-Fi links.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>六个 HTTP/1.1 连接就是六个相互独立的 TCP 字节流。其中一个连接发生丢包时：

- 只拖住该连接的字节，而这些字节属于同一个响应；
- 只把该连接的拥塞窗口减半，其他连接不受干扰地继续传输。

一个 HTTP/2 连接把所有流放进单一的字节流，只有一个拥塞
窗口。一次丢包会让所有流停顿，直到重传到达，并把整个页面的
发送速率减半。丢包越多，HTTP/2 共享一个连接的优势就越会
变成共担的风险：这也是 HTTP/2 在有损的移动网络和 Wi-Fi 链路上常常令人失望的原因之一。</translation>
    </message>
    <message>
        <source>Why does a single lost segment hurt the HTTP/2 connection more than it hurts one of HTTP/1.1&apos;s six connections?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>为什么丢失一个报文段对 HTTP/2 连接的伤害，比对 HTTP/1.1 六个连接之一的伤害更大？</translation>
    </message>
    <message>
        <source>HTTP/2 frames are bigger, so more bytes are lost with each segment</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>HTTP/2 帧更大，所以每个报文段丢失的字节更多</translation>
    </message>
    <message>
        <source>All streams share one TCP byte stream, delivered in order, and one congestion window</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>所有流共享一个按序交付的 TCP 字节流和一个拥塞窗口</translation>
    </message>
    <message>
        <source>HTTP/2 must resend the whole stream that lost a frame</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>HTTP/2 必须重发丢失了帧的整个流</translation>
    </message>
    <message>
        <source>HPACK tables are lost with the segment and must be rebuilt</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>HPACK 表随报文段一起丢失，必须重建</translation>
    </message>
    <message>
        <source>TCP knows nothing of streams: it sees one ordered byte stream per connection. Every stream of the HTTP/2 connection waits for the retransmission, and every stream slows down when the window halves. Here HTTP/2 held back {b.segmentsBlocked} segments against {a.segmentsBlocked} for HTTP/1.1. Frames are not resent by HTTP/2 at all (TCP resends the lost segment), and HPACK state is never lost, because TCP delivers every byte eventually, in order.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>TCP 对流一无所知：它看到的是每个连接一个有序的字节流。HTTP/2 连接的每个流都要等待重传，拥塞窗口减半时每个流都会变慢。这里 HTTP/2 拖住了 {b.segmentsBlocked} 个报文段，而 HTTP/1.1 为 {a.segmentsBlocked} 个。HTTP/2 根本不会重发帧（由 TCP 重发丢失的报文段），HPACK 状态也永远不会丢失，因为 TCP 最终会按序交付每一个字节。</translation>
    </message>
    <message>
        <source>The way out: streams in the transport</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>出路：在传输层中实现流</translation>
    </message>
    <message>
        <source>On an HTTP/3 connection, a packet carrying data of stream 8 is lost. What happens to stream 12, whose packets all arrived?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>在一个 HTTP/3 连接上，一个承载流 8 数据的数据包丢失了。流 12 的数据包全部已到达，它会怎样？</translation>
    </message>
    <message>
        <source>It waits for the retransmission, like a stream of an HTTP/2 connection</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>它等待重传，就像 HTTP/2 连接中的流一样</translation>
    </message>
    <message>
        <source>The whole connection is reset and both streams restart</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>整个连接被重置，两个流都重新开始</translation>
    </message>
    <message>
        <source>Stream 12 is moved to a new QUIC connection</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>流 12 被移到一个新的 QUIC 连接上</translation>
    </message>
    <message>
        <source>Its data is delivered at once; only stream 8 waits for the retransmission</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>它的数据立即交付；只有流 8 等待重传</translation>
    </message>
    <message>
        <source>HTTP/1.1: requests, responses and headers</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>HTTP/1.1：请求、响应与头部</translation>
    </message>
    <message>
        <source>What an HTTP exchange looks like on the wire: a request you can read, one response to it, and headers that every request repeats because the protocol remembers nothing.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>HTTP 交互在线路上的样子：一个可读的请求、对它的一个响应，以及每个请求都要重复的头部，因为协议什么也不记住。</translation>
    </message>
    <message>
        <source>A request is text you can read</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>请求是你能读懂的文本</translation>
    </message>
    <message>
        <source>HTTP is a **request/response** protocol. The client sends a **request**, the server answers it
with exactly one **response**, and nothing happens unless the client asks. Side A loads a page
and its objects over one TCP connection, in cleartext, so every byte is plain HTTP.

An HTTP/1.1 message is **text**: a start line, one **header field** per line, an empty line that
ends the head, and then, for some messages, a **body**. The inspector shows the first request,
the one for the page itself:

    GET / HTTP/1.1            request line: method, target, version
    host: localhost:PORT      header fields, &quot;name: value&quot;
    user-agent: ProtoViz
    accept: */*
                              empty line: the head ends here

- The **method** says what to do (`GET` reads, `POST` submits, `PUT` replaces, `DELETE` removes).
- The **target** names the resource on the server.
- `host` is the one header HTTP/1.1 requires: one address may serve many sites.

Because it is text, you can type a request by hand (with `telnet` or `nc`) and read the answer,
which is a large part of why HTTP/1.1 was so easy to debug and to adopt.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>HTTP 是一种**请求/响应**协议。客户端发送一个**请求**，服务器以恰好一个**响应**
作答；客户端不提出请求，就什么也不会发生。A 侧通过一个 TCP 连接以明文加载一个页面
及其对象，所以每个字节都是纯 HTTP。

HTTP/1.1 消息是**文本**：一个起始行，每行一个**头部字段**，一个表示
消息头结束的空行，然后对某些消息来说还有一个**正文**。检查器显示了第一个请求，
也就是对页面本身的请求：

    GET / HTTP/1.1            请求行：方法、目标、版本
    host: localhost:PORT      头部字段，&quot;名称: 值&quot;
    user-agent: ProtoViz
    accept: */*
                              空行：消息头在此结束

- **方法**说明要做什么（`GET` 读取，`POST` 提交，`PUT` 替换，`DELETE` 删除）。
- **目标**指明服务器上的资源。
- `host` 是 HTTP/1.1 唯一必需的头部：一个地址可能服务许多站点。

因为它是文本，你可以手动输入请求（用 `telnet` 或 `nc`）并阅读答复，
这在很大程度上正是 HTTP/1.1 如此易于调试和普及的原因。</translation>
    </message>
    <message>
        <source>The response: status, headers, body</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>响应：状态、头部、正文</translation>
    </message>
    <message>
        <source>The response starts with a **status line**: the version, a three-digit **status code** and a
reason phrase for humans. The first digit is the class: `2xx` success, `3xx` redirection,
`4xx` a client error (`404 Not Found`), `5xx` a server error.

Its header fields describe the body that follows: `content-type` says what it is
(`text/html`), `content-length` how many bytes it has. The body itself is not text-framed: it is
just that many bytes, which may be anything, images included.

The connection stays open after the response (HTTP/1.1 connections are **persistent** by
default), so the next request can reuse it without a new TCP handshake.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>响应以一个**状态行**开始：版本、三位数的**状态码**和一个
供人阅读的原因短语。第一位数字表示类别：`2xx` 成功，`3xx` 重定向，
`4xx` 客户端错误（`404 Not Found`），`5xx` 服务器错误。

它的头部字段描述随后的正文：`content-type` 说明正文是什么
（`text/html`），`content-length` 说明它有多少字节。正文本身不以文本方式分帧：它
就是那么多字节，可以是任何内容，包括图片。

响应之后连接保持打开（HTTP/1.1 连接默认是**持久的**），
所以下一个请求可以复用它，无需新的 TCP 握手。</translation>
    </message>
    <message>
        <source>The connection stays open for the next request. How does the client know where this response&apos;s body ends?</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>连接为下一个请求保持打开。客户端如何知道这个响应的正文在哪里结束？</translation>
    </message>
    <message>
        <source>The server closes the connection after every body</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>服务器在每个正文之后关闭连接</translation>
    </message>
    <message>
        <source>The body ends at the next empty line</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>正文在下一个空行处结束</translation>
    </message>
    <message>
        <source>The content-length header gives the body&apos;s size in bytes</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>content-length 头部以字节为单位给出正文的大小</translation>
    </message>
    <message>
        <source>The server sends a special end-of-body byte</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>服务器发送一个特殊的正文结束字节</translation>
    </message>
    <message>
        <source>A body may contain any bytes, empty lines and every possible byte value included, so nothing inside it can mark its end; and closing the connection would throw away the persistent connection. HTTP/1.1 therefore states the length up front with `content-length`, or, when the server does not know it yet, sends the body in chunks that each carry their own length (`transfer-encoding: chunked`). The response in the inspector announces its body&apos;s size in `content-length`, and the client reads exactly that many bytes after the empty line.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>正文可以包含任何字节，包括空行和所有可能的字节值，所以正文内部的任何东西都不能标记它的结束；而关闭连接又会丢掉持久连接。因此 HTTP/1.1 用 `content-length` 预先声明长度，或者在服务器尚不知道长度时，把正文分块发送，每块各自携带长度（`transfer-encoding: chunked`）。检查器中的响应在 `content-length` 中声明了正文的大小，客户端在空行之后恰好读取这么多字节。</translation>
    </message>
    <message>
        <source>Ask, wait, ask again</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>请求，等待，再请求</translation>
    </message>
    <message>
        <source>On side A the client sends a request only when the previous response has arrived. The ladder
shows the rhythm: an arrow out, an arrow back, and only then the next arrow out. Every exchange
costs at least one full **round trip**, however small the object.

The playback stopped at the second request (the first object): it could not leave before the
page had arrived, because only the page says which objects there are.

Side B uses **pipelining**: it sends its requests back to back without waiting. The server must
still answer them **in order**, so one slow response holds up every response behind it
(**head-of-line blocking**). That is why browsers left pipelining switched off, opened several
connections per host instead, and why HTTP/2 later multiplexed many requests over one connection.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>在 A 侧，客户端只有在上一个响应到达后才发送请求。时序图
显示了这种节奏：一个箭头出去，一个箭头回来，然后才是下一个出去的箭头。每次交互
至少耗费一次完整的**往返**，无论对象多小。

回放停在第二个请求（第一个对象）处：它不能在页面到达之前
发出，因为只有页面才说明有哪些对象。

B 侧使用**管线化**：它连续发送请求而不等待。服务器仍然
必须**按序**作答，所以一个慢响应会阻挡它后面的所有响应
（**队头阻塞**）。这就是为什么浏览器一直关闭管线化，转而对每个主机打开多个
连接，也是为什么 HTTP/2 后来在一个连接上多路复用许多请求。</translation>
    </message>
    <message>
        <source>Side A loads the page and ten objects over one connection, each request waiting for the previous response. How many round trips does the whole load take, TCP&apos;s handshake included?</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>A 侧通过一个连接加载页面和十个对象，每个请求都等待上一个响应。包括 TCP 握手在内，整个加载需要多少次往返？</translation>
    </message>
    <message>
        <source>One round trip for TCP&apos;s handshake, one for the page, then one per object, because each request waits for the response before it: {a.roundTrips} round trips, {a.totalTimeMs:0} ms at this RTT. Pipelining (side B) sent the object requests together and needed {b.roundTrips} round trips ({b.totalTimeMs:0} ms) for the same bytes. Waiting, not bandwidth, was the cost.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>TCP 握手一次往返，页面一次，然后每个对象一次，因为每个请求都要等到前一个响应：共 {a.roundTrips} 次往返，在这个 RTT 下为 {a.totalTimeMs:0} ms。管线化（B 侧）把对象请求一起发出，同样的字节只需要 {b.roundTrips} 次往返（{b.totalTimeMs:0} ms）。代价在于等待，而不是带宽。</translation>
    </message>
    <message>
        <source>HTTP remembers nothing</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>HTTP 什么也不记住</translation>
    </message>
    <message>
        <source>Compare this request with the first one: the same `host`, `user-agent` and `accept` fields
again, on the same connection, a fraction of a second later. HTTP is **stateless**: every request
must be understood on its own, so it carries everything the server needs. The server keeps no
memory of earlier requests at the protocol level, even on the same connection.

State is built on top, and it rides along in the headers:

- The server sets a **cookie** with `set-cookie` in a response.
- The browser sends it back in a `cookie` header with **every** later request to that site.
- Credentials travel the same way (`authorization`), on every request.

Statelessness is what lets any server behind a load balancer answer any request, lets caches
store responses, and lets a client simply retry on a new connection. The price is repetition:
a real browser sends hundreds of bytes of the same headers (user agent, languages, cookies) with
every single request.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>把这个请求与第一个请求比较：同样的 `host`、`user-agent` 和 `accept` 字段
又出现了一遍，在同一个连接上，只晚了几分之一秒。HTTP 是**无状态的**：每个请求
都必须能被单独理解，所以它携带服务器所需的一切。在协议层面，服务器不记得
之前的请求，即使是在同一个连接上。

状态是在其上构建的，并随头部一起传递：

- 服务器在响应中用 `set-cookie` 设置一个 **Cookie**。
- 浏览器在之后发往该站点的**每个**请求中，用 `cookie` 头部把它发回。
- 凭据也以同样的方式（`authorization`）随每个请求传递。

正是无状态性让负载均衡器后面的任何服务器都能回答任何请求，让缓存
能够存储响应，也让客户端可以直接在新连接上重试。代价是重复：
真实的浏览器在每一个请求中都要发送数百字节相同的头部（用户代理、语言、Cookie）。</translation>
    </message>
    <message>
        <source>A site logs you in and sets a session cookie. Which of your later requests to that site carry the cookie?</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>某个站点让你登录并设置了一个会话 Cookie。你之后发往该站点的哪些请求会携带这个 Cookie？</translation>
    </message>
    <message>
        <source>Only the first request on each new connection</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>只有每个新连接上的第一个请求</translation>
    </message>
    <message>
        <source>Every request, for images and scripts too</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>每个请求，包括图片和脚本的请求</translation>
    </message>
    <message>
        <source>Only the login request: from then on the server knows the connection</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>只有登录请求：此后服务器就认识这个连接了</translation>
    </message>
    <message>
        <source>None: the server keeps the session in the TCP connection</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>都不携带：服务器把会话保存在 TCP 连接中</translation>
    </message>
    <message>
        <source>The server remembers nothing between requests, not even on one connection, and requests may arrive over any connection at any server of a cluster. So the only way for the server to know who is asking is for the request to say so, every time: the browser adds the `cookie` header to every request for that site. The request shown repeats all its header fields for the same reason: each request head on side A is complete on its own.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>服务器在请求之间什么也不记得，即使在同一个连接上也是如此，而且请求可能经由任何连接到达集群中的任何服务器。所以服务器要知道是谁在请求，唯一的办法就是请求每次都自己说明：浏览器会在发往该站点的每个请求中加上 `cookie` 头部。出于同样的原因，所示的请求重复了它的所有头部字段：A 侧的每个请求头本身都是完整的。</translation>
    </message>
    <message>
        <source>Many small objects: headers add up</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>许多小对象：头部不断累加</translation>
    </message>
    <message>
        <source>A real page is made of many small objects: icons, scripts, style sheets, API calls. Each one
costs a request head and a response head, whatever the size of its body. This run loads a page
of twenty objects of one kilobyte each; look at side A, HTTP/1.1 over a browser&apos;s pool of six
connections.

The statistics split the bytes on the wire into **headers** (the request and response heads),
**bodies** (the content itself), framing and TLS. With small bodies, the head of every exchange
is no longer small beside them.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>真实的页面由许多小对象组成：图标、脚本、样式表、API 调用。无论正文多大，每个对象
都要耗费一个请求头和一个响应头。这次运行加载一个包含
二十个对象、每个一千字节的页面；请看 A 侧，即通过浏览器的六个连接池运行的
HTTP/1.1。

统计把线路上的字节分为**头部**（请求头和响应头）、
**正文**（内容本身）、分帧和 TLS。正文很小时，每次交互的消息头
相比之下就不再小了。</translation>
    </message>
    <message>
        <source>On side A, how many bytes of headers does one exchange cost on average, request head and response head together?</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>在 A 侧，一次交互平均要耗费多少字节的头部（请求头和响应头合计）？</translation>
    </message>
    <message>
        <source>Side A sent and received {a.headerBytes} header bytes over {count(a, &quot;http1.RequestHead client&quot;)} exchanges (the page and its {a.objectsCompleted} objects): about {a.headerBytes / count(a, &quot;http1.RequestHead client&quot;):0} bytes each, against about {a.bodyBytes / count(a, &quot;http1.RequestHead client&quot;):0} bytes of body. Nearly all of it is the same names and values, written out again for each exchange.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>A 侧在 {count(a, &quot;http1.RequestHead client&quot;)} 次交互（页面及其 {a.objectsCompleted} 个对象）中收发了 {a.headerBytes} 字节的头部：每次约 {a.headerBytes / count(a, &quot;http1.RequestHead client&quot;):0} 字节，而正文每次约 {a.bodyBytes / count(a, &quot;http1.RequestHead client&quot;):0} 字节。其中几乎全是同样的名称和值，每次交互都重新写一遍。</translation>
    </message>
    <message>
        <source>What share of the wire is headers?</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>头部占线路的多大比例？</translation>
    </message>
    <message>
        <source>The overhead of headers is a matter of proportion. For one large download it disappears; for a
page of many small objects, or an API answering with small JSON documents, it is a visible share
of every byte sent. And this client&apos;s headers are lean: a browser&apos;s, with cookies, are often
several times longer.

HTTP/2 (side B) keeps HTTP&apos;s meaning, the same methods, status codes and header fields, but
changes how they are written: binary frames instead of text, and **HPACK**, which lets both ends
remember header fields already sent and refer to them by a small index.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>头部的开销是一个比例问题。对于一次大型下载，它可以忽略不计；对于一个
由许多小对象组成的页面，或者一个以小 JSON 文档作答的 API，它在发送的每个字节中
都占了明显的份额。而且这个客户端的头部还算精简：浏览器的头部加上 Cookie，往往要
长好几倍。

HTTP/2（B 侧）保留了 HTTP 的语义，即同样的方法、状态码和头部字段，但
改变了它们的书写方式：用二进制帧代替文本，并使用 **HPACK**，让两端
记住已发送过的头部字段，并用一个小索引引用它们。</translation>
    </message>
    <message>
        <source>What percentage of all the bytes on side A&apos;s wire were HTTP headers?</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>在 A 侧线路上的全部字节中，HTTP 头部占百分之多少？</translation>
    </message>
    <message>
        <source>%</source>
        <extracomment>http-basics.lesson
----------
http2-multiplexing.lesson
----------
https.lesson
----------
quiz.questions
----------
websocket-scaling.lesson</extracomment>
        <translation>%</translation>
    </message>
    <message>
        <source>Headers were {100 * a.headerBytes / a.wireBytes:1} % of side A&apos;s {a.wireBytes} bytes. With larger objects the share shrinks; with smaller ones, or cookie-laden browser headers, it grows. Side B carried the same header fields in {b.headerBytes} bytes: HPACK saved {100 * b.headerCompression:0} % of the text, because from the second request on most fields are a reference to one sent before. Statelessness stays; HTTP/2 only stops paying for it in full every time.</source>
        <extracomment>http-basics.lesson</extracomment>
        <translation>头部占 A 侧 {a.wireBytes} 字节中的 {100 * a.headerBytes / a.wireBytes:1} %。对象越大，这一比例越小；对象越小，或者浏览器头部带着大量 Cookie，比例就越大。B 侧用 {b.headerBytes} 字节承载了同样的头部字段：HPACK 节省了 {100 * b.headerCompression:0} % 的文本，因为从第二个请求起，大多数字段只是对先前已发送字段的引用。无状态性依然存在；HTTP/2 只是不再每次都为它付出全部代价。</translation>
    </message>
    <message>
        <source>HTTP/2 multiplexing: one connection instead of six</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HTTP/2 多路复用：用一个连接代替六个</translation>
    </message>
    <message>
        <source>Load the same page over HTTP/1.1 and HTTP/2 and see what one multiplexed connection changes: streams, binary frames, HPACK header compression and fewer round trips.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>分别用 HTTP/1.1 和 HTTP/2 加载同一个页面，看看一个多路复用连接带来了哪些变化：流、二进制帧、HPACK 头部压缩以及更少的往返。</translation>
    </message>
    <message>
        <source>The same page, two protocols</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>同一个页面，两种协议</translation>
    </message>
    <message>
        <source>Both panes load the same page over the same emulated link: first an HTML **document**, then the
**objects** it refers to (think of images, scripts and style sheets). Side **A** speaks
**HTTP/1.1**, side **B** speaks **HTTP/2** (RFC 9113). Both run over TLS 1.3, and the
requests, responses and bodies are the same bytes on both sides.

The **tiles** fill in as each object arrives. Make a guess before you look at the answer: which
side will have the whole page first?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>两个窗格通过同一条模拟链路加载同一个页面：先是一个 HTML **文档**，然后是
它引用的**对象**（可以想象成图片、脚本和样式表）。**A 侧**使用
**HTTP/1.1**，**B 侧**使用 **HTTP/2**（RFC 9113）。两侧都运行在 TLS 1.3 之上，
请求、响应和正文在两侧都是相同的字节。

**图块**随着每个对象的到达而逐一填充。在看答案之前先猜一猜：哪一
侧会先得到整个页面？</translation>
    </message>
    <message>
        <source>With no packet loss, which side has the whole page first?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>在没有丢包的情况下，哪一侧先得到整个页面？</translation>
    </message>
    <message>
        <source>HTTP/1.1, with its pool of connections</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HTTP/1.1，使用它的连接池</translation>
    </message>
    <message>
        <source>HTTP/2, with its one connection</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HTTP/2，使用它的单个连接</translation>
    </message>
    <message>
        <source>HTTP/2 needed {b.totalTimeMs:0} ms and HTTP/1.1 {a.totalTimeMs:0} ms. Both carried the same bodies over a link without a bandwidth limit, so what decides is waiting. HTTP/2 asks for every object at once on one connection, while each HTTP/1.1 connection must wait for a response before it sends its next request. The next steps take this apart.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HTTP/2 用了 {b.totalTimeMs:0} ms，HTTP/1.1 用了 {a.totalTimeMs:0} ms。两者通过一条没有带宽限制的链路传送了同样的正文，所以起决定作用的是等待。HTTP/2 在一个连接上一次请求所有对象，而每个 HTTP/1.1 连接都必须等到一个响应之后才能发送下一个请求。接下来的步骤会逐一剖析这一点。</translation>
    </message>
    <message>
        <source>Six connections against one</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>六个连接对一个连接</translation>
    </message>
    <message>
        <source>In the **lanes** view every TCP connection is a lane, with rows for TCP, TLS and the HTTP
messages it carries.

An HTTP/1.1 connection carries **one request at a time**: the next request may only be sent
when the previous response has completely arrived. To get several objects moving at once,
browsers open **up to six connections per host**. Each one costs its own TCP handshake, its own
TLS handshake and its own TCP slow start, and the server must keep state for each.

HTTP/2 opens **one** connection per origin and sends every request on it as a separate
**stream**. Count the lanes on each side.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>在**泳道**视图中，每个 TCP 连接是一条泳道，其中有 TCP、TLS 以及它所承载的 HTTP
消息各自的行。

HTTP/1.1 连接**一次只承载一个请求**：只有上一个响应完全到达后，
才能发送下一个请求。为了让多个对象同时传输，
浏览器会**对每个主机最多打开六个连接**。每个连接都要耗费自己的 TCP 握手、自己的
TLS 握手和自己的 TCP 慢启动，服务器也必须为每个连接保存状态。

HTTP/2 对每个源只打开**一个**连接，并在其上把每个请求作为一个单独的
**流**发送。数一数每一侧的泳道。</translation>
    </message>
    <message>
        <source>How many TCP connections did the HTTP/1.1 side open to load the page?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>为了加载页面，HTTP/1.1 一侧打开了多少个 TCP 连接？</translation>
    </message>
    <message>
        <source>The HTTP/1.1 client fetched the document on its first connection and then opened more, up to the browser limit of six per host, so that several requests could be in flight: {a.connections} connections, each with its own handshakes. HTTP/2 used {b.connections}, because one connection carries many streams side by side, up to a limit the server sets.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HTTP/1.1 客户端在第一个连接上获取文档，然后打开更多连接，最多达到浏览器对每个主机六个的上限，以便让多个请求同时进行：共 {a.connections} 个连接，每个都有自己的握手。HTTP/2 使用了 {b.connections} 个，因为一个连接可以并排承载许多流，上限由服务器设定。</translation>
    </message>
    <message>
        <source>Frames and streams</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>帧与流</translation>
    </message>
    <message>
        <source>HTTP/2 keeps HTTP&apos;s meaning (methods, status codes, header fields, as RFC 9110 defines them) but
changes how it is written on the wire. Instead of lines of text, everything travels in binary
**frames**, and every frame starts with the same nine-byte header:

    length (3 bytes) | type (1) | flags (1) | stream id (4, top bit reserved)
    ------------------------------------------------------------------------
    payload: length bytes

- A request is a `HEADERS` frame; a response is a `HEADERS` frame followed by `DATA` frames.
- `SETTINGS`, `PING` and `GOAWAY` manage the connection itself, on stream 0; `WINDOW_UPDATE`
  is flow control, for one stream or, on stream 0, for the whole connection.
- The connection opens with the client&apos;s **connection preface** and a `SETTINGS` frame from
  each side.

A **stream** is one request with its response. Streams opened by the client have **odd** ids
(1, 3, 5, ...), streams opened by the server (for push) **even** ones, so the two ends never
pick the same id. Stream 1 carried the document; the inspector shows the client&apos;s `HEADERS`
frame for the first object, on stream 3. In the lanes, the streams are sub-lanes of the one
connection.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HTTP/2 保留了 HTTP 的语义（方法、状态码、头部字段，由 RFC 9110 定义），但
改变了它在线路上的书写方式。一切都不再是文本行，而是以二进制
**帧**传输，每个帧都以同样的九字节帧头开始：

    长度 (3 字节) | 类型 (1) | 标志 (1) | 流 ID (4, 最高位保留)
    ------------------------------------------------------------------------
    载荷: 由长度字段给出的字节数

- 请求是一个 `HEADERS` 帧；响应是一个 `HEADERS` 帧加上随后的 `DATA` 帧。
- `SETTINGS`、`PING` 和 `GOAWAY` 在流 0 上管理连接本身；`WINDOW_UPDATE`
  用于流量控制，针对单个流，或者在流 0 上针对整个连接。
- 连接以客户端的**连接前言**和双方各自的一个 `SETTINGS` 帧
  开始。

**流**就是一个请求及其响应。客户端打开的流使用**奇数** ID
（1、3、5……），服务器（为推送）打开的流使用**偶数** ID，因此两端永远不会
选到同一个 ID。流 1 承载了文档；检查器显示的是第一个对象的客户端 `HEADERS`
帧，位于流 3 上。在泳道中，各个流是这一个连接的子泳道。</translation>
    </message>
    <message>
        <source>The selected HEADERS frame carries the flags END_STREAM and END_HEADERS. What does END_STREAM tell the server?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>选中的 HEADERS 帧带有 END_STREAM 和 END_HEADERS 标志。END_STREAM 告诉服务器什么？</translation>
    </message>
    <message>
        <source>The client is about to close the connection</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>客户端即将关闭连接</translation>
    </message>
    <message>
        <source>The client sends nothing more on this stream, so the request has no body</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>客户端在这个流上不再发送任何内容，所以该请求没有正文</translation>
    </message>
    <message>
        <source>This is the last request the client will make</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>这是客户端将发出的最后一个请求</translation>
    </message>
    <message>
        <source>The header block is complete and no CONTINUATION frame follows</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>头部块已完整，后面没有 CONTINUATION 帧</translation>
    </message>
    <message>
        <source>END_STREAM half-closes the stream from the sender&apos;s side. A GET has no body, so its HEADERS frame is the whole request and carries END_STREAM at once; a POST would send DATA frames and set END_STREAM on the last one. The last choice describes END_HEADERS, a different flag. Closing the connection is the job of GOAWAY, and the client remains free to open more streams; in this run it opened {count(b, &quot;http2.HEADERS client c2s&quot;)} of them.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>END_STREAM 从发送方一侧半关闭该流。GET 没有正文，所以它的 HEADERS 帧就是整个请求，并立即带上 END_STREAM；POST 则会发送 DATA 帧，并在最后一个帧上设置 END_STREAM。最后一个选项描述的是 END_HEADERS，那是另一个标志。关闭连接是 GOAWAY 的职责，而且客户端仍可自由打开更多的流；在本次运行中，它打开了 {count(b, &quot;http2.HEADERS client c2s&quot;)} 个流。</translation>
    </message>
    <message>
        <source>Every request at once</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>所有请求一次发出</translation>
    </message>
    <message>
        <source>The playback stopped at the HTTP/2 client&apos;s request for the first object: it has read the
document and now knows what the page needs. Step forward: it sends one `HEADERS` frame per
object, each on a new stream, back to back, without waiting for a single response.

The server answers as each response is ready, and the frames of different streams
**interleave** on the connection: a `DATA` frame of one stream may follow a frame of another.
This is **multiplexing**: the connection is shared frame by frame instead of request by request,
so one slow response no longer blocks the ones behind it at the HTTP level. How many streams
may be open at once is capped by the peer&apos;s `SETTINGS_MAX_CONCURRENT_STREAMS`.

Compare side A: each connection sends a request, waits a round trip for the answer, and only
then sends the next.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>回放停在 HTTP/2 客户端请求第一个对象的时刻：它已经读取了
文档，现在知道页面需要什么。向前单步：它为每个对象发送一个 `HEADERS` 帧，
每个都在一个新的流上，一个接一个，不等待任何响应。

服务器在每个响应就绪时作答，不同流的帧在连接上
**交错**传输：一个流的 `DATA` 帧后面可能跟着另一个流的帧。
这就是**多路复用**：连接按帧而不是按请求共享，
所以在 HTTP 层，一个慢响应不再阻挡它后面的响应。同时可以打开多少个流，
由对端的 `SETTINGS_MAX_CONCURRENT_STREAMS` 限定。

比较 A 侧：每个连接发送一个请求，等待一次往返得到答复，然后才
发送下一个。</translation>
    </message>
    <message>
        <source>How many milliseconds pass between the HTTP/2 client&apos;s request for the first object and its request for the last one?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>从 HTTP/2 客户端请求第一个对象到请求最后一个对象，经过了多少毫秒？</translation>
    </message>
    <message>
        <source>The HTTP/2 client sent all its object requests within {lastMs(b, &quot;http2.HEADERS client c2s&quot;) - firstMs(b, &quot;http2.HEADERS client c2s stream=3&quot;):1} ms, a small fraction of one round trip of {knob.rttMs} ms, because opening a stream costs no waiting. The HTTP/1.1 client&apos;s object requests were spread over {lastMs(a, &quot;http1.RequestHead client&quot;) - firstMs(a, &quot;http1.RequestHead client stream=2&quot;):0} ms, because each of its connections had to wait for one response before sending the next request.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HTTP/2 客户端在 {lastMs(b, &quot;http2.HEADERS client c2s&quot;) - firstMs(b, &quot;http2.HEADERS client c2s stream=3&quot;):1} ms 内发出了所有对象请求，只是一次 {knob.rttMs} ms 往返的一小部分，因为打开一个流无需任何等待。HTTP/1.1 客户端的对象请求分散在 {lastMs(a, &quot;http1.RequestHead client&quot;) - firstMs(a, &quot;http1.RequestHead client stream=2&quot;):0} ms 内，因为它的每个连接都必须等到一个响应之后才能发送下一个请求。</translation>
    </message>
    <message>
        <source>HPACK compresses the headers</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HPACK 压缩头部</translation>
    </message>
    <message>
        <source>Requests repeat almost the same header fields every time: `:method`, `:scheme`, `:authority`,
`user-agent`, `accept`, and on real sites long cookies. HTTP/1.1 writes them out as text in
every request. HTTP/2 compresses each header list with **HPACK** (RFC 7541):

- a **static table** of 61 common fields and names (`:method: GET` is entry 2);
- a **dynamic table** that both ends fill in the same order as fields are sent, so a field sent
  once can later be named by its index, usually in a single byte;
- **Huffman coding** for the literal strings that remain.

The inspector decodes the selected block field by field: most fields are **indexed**, from the
static table or from the dynamic table that the document&apos;s request filled; typically only
`:path` is new. Select the document&apos;s request on stream 1 to compare: there the same fields had
to be sent as literals. HPACK replaced general-purpose compression on purpose: compressing
headers with DEFLATE let attackers guess secrets such as cookies (the CRIME attack), and
HPACK&apos;s tables only ever match whole fields.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>请求每次都重复几乎相同的头部字段：`:method`、`:scheme`、`:authority`、
`user-agent`、`accept`，在真实站点上还有很长的 Cookie。HTTP/1.1 在每个请求中都把它们
写成文本。HTTP/2 用 **HPACK**（RFC 7541）压缩每个头部列表：

- 一个包含 61 个常用字段和名称的**静态表**（`:method: GET` 是第 2 项）；
- 一个**动态表**，两端按字段发送的顺序以相同方式填充，所以一个字段发送
  一次之后，就可以用它的索引来指代，通常只需一个字节；
- 对剩余的字面字符串使用 **Huffman 编码**。

检查器逐个字段地解码选中的头部块：大多数字段都是**索引**引用，来自
静态表，或来自文档请求所填充的动态表；通常只有
`:path` 是新的。选择流 1 上的文档请求进行比较：在那里，同样的字段必须
以字面值发送。HPACK 有意取代了通用压缩：用 DEFLATE 压缩
头部曾让攻击者能够猜出 Cookie 之类的秘密（CRIME 攻击），而
HPACK 的表只会匹配完整的字段。</translation>
    </message>
    <message>
        <source>What share of the header bytes did HPACK save on this page, in percent?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>在这个页面上，HPACK 节省了百分之多少的头部字节？</translation>
    </message>
    <message>
        <source>The HTTP/2 header blocks took {b.headerBytes} bytes, where the same header lists written as HTTP/1.1 text would take {b.headerTextBytes}: {b.headerCompression * 100:0} % saved. The HTTP/1.1 side sent {a.headerBytes} bytes of headers for the same exchanges, {a.headerBytes / b.headerBytes:1} times as many. Headers are small beside the bodies here, but with real cookies every request carries hundreds of bytes of them, often over a slow upstream link.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HTTP/2 头部块占 {b.headerBytes} 字节，而同样的头部列表写成 HTTP/1.1 文本要占 {b.headerTextBytes} 字节：节省了 {b.headerCompression * 100:0} %。对于同样的交互，HTTP/1.1 一侧发送了 {a.headerBytes} 字节的头部，是它的 {a.headerBytes / b.headerBytes:1} 倍。这里头部与正文相比很小，但如果带上真实的 Cookie，每个请求都要携带数百字节的头部，而且往往是通过很慢的上行链路。</translation>
    </message>
    <message>
        <source>Counting round trips</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>计算往返次数</translation>
    </message>
    <message>
        <source>Latency, not bandwidth, decides how fast a page of small objects loads, so count **round
trips**: each time the client must wait for an answer before it can go on.

On the HTTP/2 side: one round trip for the TCP handshake, one for TLS 1.3, one for the
document, and then the objects. On the HTTP/1.1 side the objects are shared among the
connections, but each connection fetches its share one after the other, and the extra
connections first pay their own handshakes.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>决定一个由小对象组成的页面加载速度的是延迟，而不是带宽，所以要数一数**往返**：
每一次客户端都必须等到答复才能继续。

在 HTTP/2 一侧：TCP 握手一次往返，TLS 1.3 一次，
文档一次，然后是对象。在 HTTP/1.1 一侧，对象由各个
连接分担，但每个连接要一个接一个地获取自己那一份，而额外的
连接还要先付出各自的握手代价。</translation>
    </message>
    <message>
        <source>How many round trips did HTTP/2 need until the last object had arrived?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>直到最后一个对象到达，HTTP/2 需要多少次往返？</translation>
    </message>
    <message>
        <source>HTTP/2 needed {b.roundTrips} round trips: TCP, TLS, the document, and one more for all the objects together, because every request left at once. HTTP/1.1 needed {a.roundTrips}: {knob.objects} objects over {a.connections} connections, one request at a time per connection, take several rounds, on top of the handshakes of the extra connections.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HTTP/2 需要 {b.roundTrips} 次往返：TCP、TLS、文档，再加上所有对象一起的一次，因为每个请求都是立即发出的。HTTP/1.1 需要 {a.roundTrips} 次：{knob.objects} 个对象分布在 {a.connections} 个连接上，每个连接一次一个请求，需要好几轮，此外还有额外连接的握手。</translation>
    </message>
    <message>
        <source>What HTTP/2 did not fix</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HTTP/2 没有解决的问题</translation>
    </message>
    <message>
        <source>HTTP/2&apos;s wins come from sharing: one connection, one TCP handshake, one TLS handshake, one
congestion window that grows quickly, one HPACK context that learns the headers, and requests
that never queue behind one another at the HTTP level.

Sharing has a price. All streams ride on one TCP connection, and TCP delivers its bytes
strictly in order. When a segment is lost, the bytes behind it wait for the retransmission,
whichever streams they belong to. The lesson **Head-of-line blocking** runs this page again at
two percent loss.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HTTP/2 的优势来自共享：一个连接、一次 TCP 握手、一次 TLS 握手、一个
快速增长的拥塞窗口、一个学习头部的 HPACK 上下文，以及在 HTTP 层
从不相互排队的请求。

共享是有代价的。所有流都承载在一个 TCP 连接上，而 TCP 严格按序
交付字节。当一个报文段丢失时，它后面的字节都要等待重传，
无论它们属于哪个流。课程**队头阻塞**会在
百分之二的丢包率下再次运行这个页面。</translation>
    </message>
    <message>
        <source>A segment carrying part of one object&apos;s DATA frame is lost on the HTTP/2 connection. Which streams wait for its retransmission?</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>在 HTTP/2 连接上，一个承载某对象部分 DATA 帧的报文段丢失了。哪些流要等待它的重传？</translation>
    </message>
    <message>
        <source>Only the stream whose DATA frame was in the lost segment</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>只有其 DATA 帧位于丢失报文段中的那个流</translation>
    </message>
    <message>
        <source>None: HTTP/2 resends the frame on another stream</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>没有：HTTP/2 会在另一个流上重发该帧</translation>
    </message>
    <message>
        <source>Every stream whose bytes arrived after it on the connection</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>所有在连接上于它之后到达字节的流</translation>
    </message>
    <message>
        <source>None: the other streams use other TCP connections</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>没有：其他流使用其他 TCP 连接</translation>
    </message>
    <message>
        <source>HTTP/2 multiplexes streams inside one TCP byte stream, and TCP hands bytes to the application only in order. Frames of other streams that arrived after the lost segment sit in the receive buffer until the retransmission fills the gap. HTTP/2 removed head-of-line blocking between requests, but not below it, in TCP. This run had no loss: {b.segmentsLost} segments lost, {b.segmentsBlocked} held back.</source>
        <extracomment>http2-multiplexing.lesson</extracomment>
        <translation>HTTP/2 在一个 TCP 字节流内多路复用各个流，而 TCP 只按序把字节交给应用程序。在丢失的报文段之后到达的其他流的帧会停留在接收缓冲区中，直到重传填补空缺。HTTP/2 消除了请求之间的队头阻塞，但没有消除其下层（TCP 中）的队头阻塞。本次运行没有丢包：丢失 {b.segmentsLost} 个报文段，拖住 {b.segmentsBlocked} 个。</translation>
    </message>
    <message>
        <source>What HTTPS protects, and what it does not</source>
        <extracomment>https.lesson</extracomment>
        <translation>HTTPS 保护什么，不保护什么</translation>
    </message>
    <message>
        <source>HTTPS is HTTP inside TLS: what encryption, authentication tags and certificates buy you, what an eavesdropper on the path reads with and without it, how a client refuses a server it cannot trust, and what happens to bytes altered in flight.</source>
        <extracomment>https.lesson</extracomment>
        <translation>HTTPS 就是 TLS 中的 HTTP：加密、认证标签和证书能为你带来什么，路径上的窃听者在有和没有它时能读到什么，客户端如何拒绝它无法信任的服务器，以及传输途中被篡改的字节会怎样。</translation>
    </message>
    <message>
        <source>HTTP inside TLS</source>
        <extracomment>https.lesson</extracomment>
        <translation>TLS 中的 HTTP</translation>
    </message>
    <message>
        <source>**HTTPS** is plain HTTP carried inside a **TLS** connection (the `https` scheme, port 443 by
default). Before the first request the client opens TCP, then runs a **TLS handshake**; after it,
every HTTP byte travels inside **TLS records**. Side A uses TLS 1.2, side B TLS 1.3; the TLS
lessons compare the two, here we look at what they share.

TLS gives the connection three properties:

- **Confidentiality**: record contents are encrypted with keys that only the client and the
  server know. They are agreed in the handshake by an ephemeral (EC)DHE key exchange, so an
  observer who saw every byte of it still cannot compute them.
- **Integrity**: every record carries an **authentication tag**. Change one bit on the way and
  the tag no longer checks: the receiver rejects the record and ends the connection.
- **Authenticity**: the server shows a **certificate** for its name, signed by an authority the
  client trusts, and proves with a signature that it holds the matching private key.

None of this is free: the handshake costs round trips and bytes before the first request may go.</source>
        <extracomment>https.lesson</extracomment>
        <translation>**HTTPS** 就是承载在 **TLS** 连接中的普通 HTTP（`https` 方案，默认端口
443）。在第一个请求之前，客户端先打开 TCP，然后进行 **TLS 握手**；此后，
每个 HTTP 字节都在 **TLS 记录**中传输。A 侧使用 TLS 1.2，B 侧使用 TLS 1.3；TLS
相关课程会比较这两者，这里我们看它们的共同之处。

TLS 为连接提供三种特性：

- **机密性**：记录内容用只有客户端和服务器知道的密钥
  加密。密钥在握手中通过临时 (EC)DHE 密钥交换协商得出，所以
  即使观察者看到了其中的每个字节，也仍然无法计算出它们。
- **完整性**：每条记录都携带一个**认证标签**。途中改动一个比特，
  标签就无法通过校验：接收方会拒绝该记录并结束连接。
- **真实性**：服务器出示一张针对其名称的**证书**，由客户端信任的机构
  签名，并用签名证明它持有对应的私钥。

这一切都不是免费的：在第一个请求能够发出之前，握手要耗费往返和字节。</translation>
    </message>
    <message>
        <source>Side B sent one small request and got one page back. What percentage of all the bytes on its wire belonged to TLS itself (handshake messages, record headers and tags)?</source>
        <extracomment>https.lesson</extracomment>
        <translation>B 侧发送了一个小请求，收回了一个页面。在它线路上的全部字节中，属于 TLS 本身（握手消息、记录头和标签）的占百分之多少？</translation>
    </message>
    <message>
        <source>TLS&apos;s own bytes were {b.tlsBytes} of {b.wireBytes}, {100 * b.tlsBytes / b.wireBytes:0} %. Most of them are the handshake, paid once per connection: the certificate alone was {bytes(b, &quot;tls.HandshakeMessage server flags=11&quot;)} bytes. After the handshake each record costs only a header and a tag, a few dozen bytes, so on a long connection that moves a lot of data TLS&apos;s share of the bytes becomes small. What stays is the handshake&apos;s waiting.</source>
        <extracomment>https.lesson</extracomment>
        <translation>TLS 自身的字节为 {b.wireBytes} 中的 {b.tlsBytes}，即 {100 * b.tlsBytes / b.wireBytes:0} %。其中大部分是握手，每个连接付出一次：仅证书就有 {bytes(b, &quot;tls.HandshakeMessage server flags=11&quot;)} 字节。握手之后，每条记录只需一个记录头和一个标签，几十个字节，所以在传输大量数据的长连接上，TLS 所占的字节比例会变得很小。不变的是握手带来的等待。</translation>
    </message>
    <message>
        <source>Every record is sealed</source>
        <extracomment>https.lesson</extracomment>
        <translation>每条记录都是密封的</translation>
    </message>
    <message>
        <source>The inspector shows the record that carried side A&apos;s `GET /`. An observer sees its **record
header** in the clear: the content type (`application_data`), the version and the length. The
rest is ciphertext.

With an **AEAD** cipher such as AES-GCM (the one agreed here), encryption and integrity come
as one: the sender encrypts the content and computes an **authentication tag** over it, and the
receiver decrypts only if the tag matches. A record that was changed, cut short, replayed on the
connection or reordered fails the check, and the receiver answers with the fatal alert
`bad_record_mac` instead of passing on altered data.

The record is larger than the request it carries. Compare its size with the request head&apos;s.</source>
        <extracomment>https.lesson</extracomment>
        <translation>检查器显示了承载 A 侧 `GET /` 的那条记录。观察者能以明文看到它的**记录
头**：内容类型（`application_data`）、版本和长度。
其余部分是密文。

使用 AES-GCM（这里协商的那种）之类的 **AEAD** 密码时，加密和完整性
合二为一：发送方加密内容并为其计算一个**认证标签**，
接收方只有在标签匹配时才解密。被改动、截断、在
连接上重放或重新排序的记录都无法通过校验，接收方会以致命告警
`bad_record_mac` 作答，而不是把被篡改的数据传递下去。

记录比它承载的请求更大。把它的大小与请求头的大小比较一下。</translation>
    </message>
    <message>
        <source>How many bytes larger is this record on the wire than the HTTP request head it carries?</source>
        <extracomment>https.lesson</extracomment>
        <translation>这条记录在线路上比它承载的 HTTP 请求头大多少字节？</translation>
    </message>
    <message>
        <source>The record is {bytes(a, &quot;tls.Record client c2s flags=23&quot;)} bytes for a request head of {bytes(a, &quot;http1.RequestHead client&quot;)}: the difference is the cost of protecting it. In TLS 1.2 with AES-GCM that is a 5-byte record header, an 8-byte explicit nonce and a 16-byte authentication tag. TLS 1.3 drops the explicit nonce but adds one byte for the real content type, hidden inside the encryption. Encryption does not hide the length: the record is as long as its content plus a constant.</source>
        <extracomment>https.lesson</extracomment>
        <translation>请求头为 {bytes(a, &quot;http1.RequestHead client&quot;)} 字节，记录为 {bytes(a, &quot;tls.Record client c2s flags=23&quot;)} 字节：差值就是保护它的代价。在使用 AES-GCM 的 TLS 1.2 中，这包括 5 字节的记录头、8 字节的显式 nonce 和 16 字节的认证标签。TLS 1.3 去掉了显式 nonce，但增加了一个字节用于真实的内容类型，它隐藏在加密内容中。加密不会隐藏长度：记录的长度等于其内容长度加上一个常数。</translation>
    </message>
    <message>
        <source>Who is on the other end?</source>
        <extracomment>https.lesson</extracomment>
        <translation>另一端是谁？</translation>
    </message>
    <message>
        <source>Encryption alone only guarantees that you talk privately with *whoever answered*. An attacker in
the middle could run one handshake with the client and another with the server, decrypt
everything and encrypt it again. The **certificate** prevents that.

The inspector shows the `Certificate` message of side A: the server&apos;s certificate
(`CN=localhost`) and the authority that signed it. The client checks that:

- the chain of signatures leads to a **certificate authority** it already trusts,
- the certificate is valid today and names the server it wanted to reach,
- the server holds the certificate&apos;s private key: in TLS 1.2 the server signs its key-exchange
  parameters (`ServerKeyExchange`), in TLS 1.3 the whole handshake so far (`CertificateVerify`).

Only then do the keys agreed in the handshake belong to the right server.</source>
        <extracomment>https.lesson</extracomment>
        <translation>单靠加密只能保证你在与*应答者*私下交谈。中间的攻击者
可以与客户端进行一次握手，再与服务器进行另一次握手，解密
一切后再重新加密。**证书**可以防止这种情况。

检查器显示了 A 侧的 `Certificate` 消息：服务器的证书
（`CN=localhost`）以及为它签名的机构。客户端会检查：

- 签名链通向一个它已经信任的**证书颁发机构**，
- 证书当前有效，并且指明了它想要访问的服务器，
- 服务器持有证书的私钥：在 TLS 1.2 中，服务器对其密钥交换
  参数签名（`ServerKeyExchange`），在 TLS 1.3 中，则对到目前为止的整个握手签名（`CertificateVerify`）。

只有这样，握手中协商出的密钥才属于正确的服务器。</translation>
    </message>
    <message>
        <source>Why is it not enough that the connection is encrypted, without checking the certificate?</source>
        <extracomment>https.lesson</extracomment>
        <translation>为什么只加密连接而不检查证书是不够的？</translation>
    </message>
    <message>
        <source>Without a certificate the client cannot encrypt at all</source>
        <extracomment>https.lesson</extracomment>
        <translation>没有证书，客户端根本无法加密</translation>
    </message>
    <message>
        <source>An attacker in the middle could complete a handshake with each side and read everything</source>
        <extracomment>https.lesson</extracomment>
        <translation>中间的攻击者可以分别与双方完成一次握手，从而读取一切</translation>
    </message>
    <message>
        <source>The certificate carries the key that encrypts the records</source>
        <extracomment>https.lesson</extracomment>
        <translation>证书携带用于加密记录的密钥</translation>
    </message>
    <message>
        <source>The tags of the records are computed from the certificate</source>
        <extracomment>https.lesson</extracomment>
        <translation>记录的标签是根据证书计算的</translation>
    </message>
    <message>
        <source>Key exchange gives a shared secret with the party at the other end of the handshake, whoever that is. Without authentication a man in the middle simply becomes that party, twice. The record keys do not come from the certificate: they come from the ephemeral key exchange. The certificate and the signature tie that exchange to the server&apos;s name, which is what makes the encryption worth having.</source>
        <extracomment>https.lesson</extracomment>
        <translation>密钥交换让你与握手另一端的一方共享一个秘密，无论那一方是谁。没有认证，中间人只需两次扮演那一方即可。记录密钥并非来自证书：它们来自临时密钥交换。证书和签名把这次交换与服务器的名称绑定在一起，正是这一点让加密有了价值。</translation>
    </message>
    <message>
        <source>The certificate in the clear, or not</source>
        <extracomment>https.lesson</extracomment>
        <translation>证书是否以明文传输</translation>
    </message>
    <message>
        <source>Both sides sent a certificate, but not in the same way. In **TLS 1.2** (side A) every handshake
message before `ChangeCipherSpec` travels in plaintext records of type `handshake`: the
certificate crosses the network readable by anyone on the path.

In **TLS 1.3** (side B) the keys are agreed in the very first two messages (`ClientHello` and
`ServerHello`), so everything after the `ServerHello`, `EncryptedExtensions`, `Certificate`,
`CertificateVerify` and `Finished`, is already encrypted. On the wire these records look like
`application_data`; only the endpoints know they carry handshake messages.

ProtoViz sits inside the endpoints and shows every message decrypted; the inspector marks what
was encrypted on the wire.</source>
        <extracomment>https.lesson</extracomment>
        <translation>两侧都发送了证书，但方式不同。在 **TLS 1.2**（A 侧）中，`ChangeCipherSpec` 之前的每条握手
消息都在类型为 `handshake` 的明文记录中传输：
证书在网络上传输时，路径上的任何人都能读取。

在 **TLS 1.3**（B 侧）中，密钥在最初的两条消息（`ClientHello` 和
`ServerHello`）中就已协商，所以 `ServerHello` 之后的一切，即 `EncryptedExtensions`、`Certificate`、
`CertificateVerify` 和 `Finished`，都已加密。在线路上，这些记录看起来像
`application_data`；只有端点知道它们承载的是握手消息。

ProtoViz 位于端点内部，显示每条解密后的消息；检查器会标出哪些内容
在线路上是加密的。</translation>
    </message>
    <message>
        <source>In which of the two runs could a passive observer on the path read the server&apos;s certificate?</source>
        <extracomment>https.lesson</extracomment>
        <translation>在两次运行中，路径上的被动观察者在哪一次能读取服务器的证书？</translation>
    </message>
    <message>
        <source>In neither: certificates are always encrypted</source>
        <extracomment>https.lesson</extracomment>
        <translation>都不能：证书总是加密的</translation>
    </message>
    <message>
        <source>Only in side B&apos;s, TLS 1.3</source>
        <extracomment>https.lesson</extracomment>
        <translation>只有 B 侧的 TLS 1.3</translation>
    </message>
    <message>
        <source>Only in side A&apos;s, TLS 1.2</source>
        <extracomment>https.lesson</extracomment>
        <translation>只有 A 侧的 TLS 1.2</translation>
    </message>
    <message>
        <source>In both: certificates are public anyway</source>
        <extracomment>https.lesson</extracomment>
        <translation>两次都能：证书反正是公开的</translation>
    </message>
    <message>
        <source>TLS 1.2 sends `Certificate` before any key is agreed, so it is plaintext. TLS 1.3 sends it after the `ServerHello`, under handshake keys derived from the key exchange, so an observer sees only an encrypted record of about the same size. The certificate is public information, but seeing it tells an observer which site you visit; TLS 1.3 takes that clue away (though not the server name in the `ClientHello`, as a later step shows).</source>
        <extracomment>https.lesson</extracomment>
        <translation>TLS 1.2 在协商任何密钥之前就发送 `Certificate`，所以它是明文。TLS 1.3 在 `ServerHello` 之后发送它，使用从密钥交换派生的握手密钥加密，所以观察者只能看到一条大小差不多的加密记录。证书是公开信息，但看到它就能让观察者知道你访问的是哪个站点；TLS 1.3 去掉了这条线索（不过没有去掉 `ClientHello` 中的服务器名称，后面的步骤会说明这一点）。</translation>
    </message>
    <message>
        <source>A server the client does not trust</source>
        <extracomment>https.lesson</extracomment>
        <translation>客户端不信任的服务器</translation>
    </message>
    <message>
        <source>In this run side B&apos;s client trusts a different certificate authority from the one that signed
the server&apos;s certificate. The server&apos;s first flight arrives as usual, but the chain leads to no
authority the client knows.

The client does what a browser does before it shows a certificate warning: it aborts the
handshake with a fatal **alert**, here `unknown_ca` (alert 48), and closes the connection. Other
failures have their own alerts: `bad_certificate`, `certificate_expired`, `certificate_unknown`.
An alert is a short TLS message: a level (warning or fatal) and a description.</source>
        <extracomment>https.lesson</extracomment>
        <translation>在本次运行中，B 侧的客户端信任的证书颁发机构，与为服务器证书签名的
机构不同。服务器的第一轮消息照常到达，但证书链没有通向
客户端所知的任何机构。

客户端的做法与浏览器显示证书警告之前一样：它以一个致命**告警**中止
握手，这里是 `unknown_ca`（告警 48），并关闭连接。其他
失败各有对应的告警：`bad_certificate`、`certificate_expired`、`certificate_unknown`。
告警是一条简短的 TLS 消息：一个级别（警告或致命）和一个描述。</translation>
    </message>
    <message>
        <source>How many bytes of HTTP (headers and bodies) did side B exchange before its client gave up?</source>
        <extracomment>https.lesson</extracomment>
        <translation>在客户端放弃之前，B 侧交换了多少字节的 HTTP（头部和正文）？</translation>
    </message>
    <message>
        <source>{b.headerBytes + b.bodyBytes} bytes. A request may leave only once the handshake is finished, and the handshake failed at the certificate, so `GET /` was never sent: side B&apos;s {b.tlsBytes} bytes on the wire were all TLS. Side A, which trusts the authority, exchanged {a.headerBytes + a.bodyBytes} bytes of HTTP. A client that cannot authenticate the server reveals nothing of its request: no path, no cookies.</source>
        <extracomment>https.lesson</extracomment>
        <translation>{b.headerBytes + b.bodyBytes} 字节。请求只有在握手完成后才能发出，而握手在证书处失败了，所以 `GET /` 从未发送：B 侧线路上的 {b.tlsBytes} 字节全是 TLS。信任该机构的 A 侧交换了 {a.headerBytes + a.bodyBytes} 字节的 HTTP。无法认证服务器的客户端不会泄露请求的任何内容：没有路径，也没有 Cookie。</translation>
    </message>
    <message>
        <source>An eavesdropper on the link</source>
        <extracomment>https.lesson</extracomment>
        <translation>链路上的窃听者</translation>
    </message>
    <message>
        <source>Until now ProtoViz showed every message as the endpoints see it, decrypted. This run adds a
**passive eavesdropper** to the link: someone on the same Wi-Fi, a compromised router, a tap
at a provider. It changes nothing; it only reads every byte that crosses the wire, and the
**Eavesdropper** view shows what it could make of them.

Both sides do the same thing: a login form (`POST /login` with a user name and a password),
then `GET /account` with the session cookie the login set. Side **A** speaks plain HTTP, side
**B** HTTPS.

The selected observation is side A&apos;s login as the eavesdropper saw it. The inspector highlights
the request body, password included: plain HTTP puts it on the wire exactly as the browser
wrote it. Entries marked as secrets are what an attacker would collect: passwords, session cookies,
credentials. A stolen session cookie is as good as the password until the session ends.</source>
        <extracomment>https.lesson</extracomment>
        <translation>到目前为止，ProtoViz 显示的每条消息都是端点所看到的、已解密的样子。这次运行在链路上
增加了一个**被动窃听者**：同一 Wi-Fi 上的某人、被攻破的路由器、运营商处的
窃听点。它什么也不改变；它只读取线路上经过的每个字节，
**窃听者**视图显示它能从中读出什么。

两侧做同样的事：提交一个登录表单（带用户名和密码的 `POST /login`），
然后带着登录时设置的会话 Cookie 发送 `GET /account`。**A 侧**使用明文 HTTP，
**B 侧**使用 HTTPS。

选中的观察记录是窃听者看到的 A 侧登录。检查器突出显示了
请求正文，其中包括密码：明文 HTTP 把它原样放到线路上，就像浏览器
写下的那样。标记为秘密的条目就是攻击者会收集的内容：密码、会话 Cookie、
凭据。在会话结束之前，被盗的会话 Cookie 与密码一样好用。</translation>
    </message>
    <message>
        <source>On side A, plain HTTP, how many of the messages the eavesdropper read carried a secret (a password or a session cookie)?</source>
        <extracomment>https.lesson</extracomment>
        <translation>在 A 侧（明文 HTTP），窃听者读到的消息中有多少条携带了秘密（密码或会话 Cookie）？</translation>
    </message>
    <message>
        <source>messages</source>
        <extracomment>https.lesson
----------
tls-handshakes.lesson
----------
tls-resumption.lesson</extracomment>
        <translation>条消息</translation>
    </message>
    <message>
        <source>The eavesdropper read a secret in {count(a, &quot;wire.Overheard link flags=1&quot;)} of A&apos;s messages: the password in the login, the cookie the server set in its answer, and the same cookie sent back with the next request. On side B it read {count(b, &quot;wire.Overheard link flags=1&quot;)}: after the handshake B&apos;s {count(b, &quot;wire.Overheard link flags=2&quot;)} records were ciphertext to it, {bytes(b, &quot;wire.Overheard link flags=2&quot;)} bytes it could not read.</source>
        <extracomment>https.lesson</extracomment>
        <translation>窃听者在 A 的 {count(a, &quot;wire.Overheard link flags=1&quot;)} 条消息中读到了秘密：登录中的密码、服务器在答复中设置的 Cookie，以及随下一个请求发回的同一个 Cookie。在 B 侧，它读到了 {count(b, &quot;wire.Overheard link flags=1&quot;)} 条：握手之后，B 的 {count(b, &quot;wire.Overheard link flags=2&quot;)} 条记录对它来说都是密文，共 {bytes(b, &quot;wire.Overheard link flags=2&quot;)} 字节，它无法读取。</translation>
    </message>
    <message>
        <source>What an observer still sees</source>
        <extracomment>https.lesson</extracomment>
        <translation>观察者仍能看到什么</translation>
    </message>
    <message>
        <source>Now read side B&apos;s list in the Eavesdropper view. TLS protects the **content** of the
connection: the method, the path and query, every header (cookies included), the bodies and
the status codes. It does not hide that the connection exists. Someone on the path still sees:

- the **IP addresses and ports** of both ends, in every TCP/IP packet;
- the **server name** the client asked for: the `server_name` (SNI) extension of the
  `ClientHello`, selected in the inspector, is sent in the clear so that one address can host
  many sites (Encrypted Client Hello, ECH, is the newer extension that hides it);
- the **sizes and timing** of the records, enough to guess which page of a known site was
  loaded, or when someone is typing;
- the TLS version, the cipher suites offered and chosen, and the application protocols the
  client offers (ALPN);
- in **TLS 1.2** also the server&apos;s certificate: set the knob `tlsVersion=1.2` and run again to
  see it appear in the list.</source>
        <extracomment>https.lesson</extracomment>
        <translation>现在在窃听者视图中阅读 B 侧的列表。TLS 保护的是连接的**内容**：
方法、路径和查询、每个头部（包括 Cookie）、
正文以及状态码。它并不隐藏连接的存在。路径上的人仍然能看到：

- 两端的 **IP 地址和端口**，它们出现在每个 TCP/IP 数据包中；
- 客户端请求的**服务器名称**：`ClientHello` 的 `server_name`（SNI）
  扩展（已在检查器中选中）以明文发送，这样一个地址才能托管多个网站（加密客户端问候
  Encrypted Client Hello，即 ECH，是隐藏它的较新扩展）；
- 记录的**大小和时间**，
  足以猜出某个已知网站的哪个页面被加载，或者有人何时在打字；
- TLS 版本、提供的和选定的密码套件，
  以及客户端提供的应用层协议（ALPN）；
- 在 **TLS 1.2** 中还有服务器的证书：
  把参数设为 `tlsVersion=1.2` 并再次运行，就能看到它出现在列表中。</translation>
    </message>
    <message>
        <source>Someone on the network path watches your TLS 1.3 connection to a web shop. Which of these can they not read?</source>
        <extracomment>https.lesson</extracomment>
        <translation>网络路径上的某人在监视你与一家网店之间的 TLS 1.3 连接。以下哪一项是他们无法读取的？</translation>
    </message>
    <message>
        <source>The server name you connected to</source>
        <extracomment>https.lesson</extracomment>
        <translation>你所连接的服务器名称</translation>
    </message>
    <message>
        <source>The IP addresses and ports of both ends</source>
        <extracomment>https.lesson</extracomment>
        <translation>两端的 IP 地址和端口</translation>
    </message>
    <message>
        <source>How many bytes each response had, and when it came</source>
        <extracomment>https.lesson</extracomment>
        <translation>每个响应有多少字节，以及何时到达</translation>
    </message>
    <message>
        <source>The path of each request and your cookies</source>
        <extracomment>https.lesson</extracomment>
        <translation>每个请求的路径和你的 Cookie</translation>
    </message>
    <message>
        <source>The path, the headers and the cookies travel only inside encrypted records. The server name is in the `ClientHello`, which is sent before any key exists; the addresses and ports are in every packet; and record lengths and timing are visible because encryption adds only a constant to each record&apos;s size. In this run the eavesdropper noted {count(b, &quot;wire.Overheard link flags=0&quot;)} things about side B in the clear and {count(b, &quot;wire.Overheard link flags=2&quot;)} encrypted records, with their sizes and times, but no secret. TLS hides what you say, not that you are saying it, nor to which site.</source>
        <extracomment>https.lesson</extracomment>
        <translation>路径、头部和 Cookie 只在加密记录中传输。服务器名称位于 `ClientHello` 中，它在任何密钥存在之前就已发送；地址和端口出现在每个数据包中；记录的长度和时间也是可见的，因为加密只会让每条记录的大小增加一个常量。在本次运行中，窃听者以明文记下了关于 B 侧的 {count(b, &quot;wire.Overheard link flags=0&quot;)} 项信息，以及 {count(b, &quot;wire.Overheard link flags=2&quot;)} 条加密记录及其大小和时间，但没有任何秘密。TLS 隐藏的是你说了什么，而不是你正在说话，也不是你在和哪个网站说话。</translation>
    </message>
    <message>
        <source>An attacker alters a byte</source>
        <extracomment>https.lesson</extracomment>
        <translation>攻击者篡改了一个字节</translation>
    </message>
    <message>
        <source>An eavesdropper only reads. An **active attacker** on the path can also change bytes in
flight. In this run one does the smallest thing possible: after the same login, it flips a
single byte of the account page the server sends back, on both sides.

On side **A** nothing checks the page: HTTP has no integrity protection, and TCP&apos;s checksum
protects only against noise, since an attacker simply computes a new one. On side **B** the
flipped byte lands inside a TLS record. The record&apos;s **authentication tag** (the AEAD tag
described earlier) no longer matches, so the client refuses to decrypt it. It sends the fatal
alert `bad_record_mac`, selected in the inspector, and closes the connection.

The Eavesdropper view lists the altered bytes too: switch to it to see where the attacker
struck.</source>
        <extracomment>https.lesson</extracomment>
        <translation>窃听者只会读取。路径上的**主动攻击者**还能修改传输中的字节。
在本次运行中，攻击者只做了最小的改动：在同样的登录之后，
它在两侧都翻转了服务器发回的账户页面中的一个字节。

在 **A** 侧，没有任何东西检查页面：HTTP 没有完整性保护，
而 TCP 的校验和只能防范噪声，因为攻击者可以直接算出一个新的校验和。
在 **B** 侧，被翻转的字节落在一条 TLS 记录中。
记录的**认证标签**（前面介绍过的 AEAD 标签）不再匹配，于是客户端拒绝解密它。
它发送致命警报 `bad_record_mac`（已在检查器中选中），并关闭连接。

窃听者视图也会列出被篡改的字节：
切换过去，看看攻击者在哪里下手。</translation>
    </message>
    <message>
        <source>Which client accepted the altered account page as if the server had sent it?</source>
        <extracomment>https.lesson</extracomment>
        <translation>哪个客户端把被篡改的账户页面当作服务器发来的页面接受了？</translation>
    </message>
    <message>
        <source>Both: one flipped byte is too small for anyone to notice</source>
        <extracomment>https.lesson</extracomment>
        <translation>两个都接受了：翻转一个字节太小，谁也察觉不到</translation>
    </message>
    <message>
        <source>Only B&apos;s, over HTTPS</source>
        <extracomment>https.lesson</extracomment>
        <translation>只有 B 侧的，通过 HTTPS</translation>
    </message>
    <message>
        <source>Only A&apos;s, over plain HTTP</source>
        <extracomment>https.lesson</extracomment>
        <translation>只有 A 侧的，通过普通 HTTP</translation>
    </message>
    <message>
        <source>Neither</source>
        <extracomment>https.lesson</extracomment>
        <translation>都没有</translation>
    </message>
    <message>
        <source>The attacker changed the same number of bytes on each side: {bytes(a, &quot;wire.Tampered&quot;)} on side A and {bytes(b, &quot;wire.Tampered&quot;)} on side B. A&apos;s client completed {a.objectsCompleted} objects, the altered page included, and sent {count(a, &quot;tls.Alert client flags=20&quot;)} alerts: nothing in HTTP could tell. B&apos;s client sent {count(b, &quot;tls.Alert client c2s flags=20&quot;)} bad_record_mac alert and completed only {b.objectsCompleted} object, the login before the attack. TLS cannot stop an attacker from breaking the connection, but it turns silent corruption into a loud failure: the user sees an error, never a forged page.</source>
        <extracomment>https.lesson</extracomment>
        <translation>攻击者在两侧修改的字节数相同：A 侧 {bytes(a, &quot;wire.Tampered&quot;)} 字节，B 侧 {bytes(b, &quot;wire.Tampered&quot;)} 字节。A 的客户端完成了 {a.objectsCompleted} 个对象，其中包括被篡改的页面，并发送了 {count(a, &quot;tls.Alert client flags=20&quot;)} 个警报：HTTP 中没有任何机制能发现问题。B 的客户端发送了 {count(b, &quot;tls.Alert client c2s flags=20&quot;)} 个 bad_record_mac 警报，只完成了 {b.objectsCompleted} 个对象，也就是攻击之前的登录。TLS 无法阻止攻击者破坏连接，但它把无声的数据损坏变成了明显的失败：用户看到的是错误，而绝不会是伪造的页面。</translation>
    </message>
    <message>
        <source>Short polling, long polling and push</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>短轮询、长轮询与推送</translation>
    </message>
    <message>
        <source>Three ways to get the server&apos;s news to a client, measured: how late each update arrives, how many requests it takes and how many bytes each update costs.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>把服务器的新消息送达客户端的三种方式，逐一测量：每条更新到达得有多晚、需要多少个请求，以及每条更新要花费多少字节。</translation>
    </message>
    <message>
        <source>Short polling: asking on a timer</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>短轮询：按定时器询问</translation>
    </message>
    <message>
        <source>HTTP is request and response: a server cannot speak to a client that has not asked. The oldest way
around that is **short polling**: every client asks &quot;anything new?&quot; on a timer, and the server
answers at once, with the news or with nothing.

In this step the server publishes an update every half second while each client polls several
times as often. Side **A** polls; side **B** long-polls (next step). Look at A&apos;s lane in the
ladder: request, response, request, response, whether there is news or not. The selected response
is the very first poll, answered before any update existed: `200 OK` with `content-length: 0`.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>HTTP 是请求与响应：服务器无法对尚未发出请求的客户端说话。
绕过这一点最古老的办法是**短轮询**：每个客户端按定时器询问“有新消息吗？”，
服务器立即应答，要么带着新消息，要么什么也没有。

在这一步中，服务器每半秒发布一条更新，而每个客户端轮询的频率是它的好几倍。**A**
侧使用短轮询；**B** 侧使用长轮询（见下一步）。看看时序图中 A 的泳道：
请求、响应、请求、响应，无论有没有新消息。选中的响应是第一次轮询，
它在任何更新出现之前就得到了应答：`200 OK`，并带有 `content-length: 0`。</translation>
    </message>
    <message>
        <source>How many of short polling&apos;s responses came back empty?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>短轮询的响应中有多少个是空的？</translation>
    </message>
    <message>
        <source>responses</source>
        <extracomment>polling-vs-push.lesson
----------
quiz.questions</extracomment>
        <translation>个响应</translation>
    </message>
    <message>
        <source>A&apos;s clients got {count(a, &quot;http1.ResponseHead client&quot;)} responses and only {count(a, &quot;http1.Body client&quot;)} of them had a body. With a poll every {knob.pollIntervalMs} ms and an update every {1000 / knob.updatesPerSecond} ms, most polls find nothing, yet each still costs a full request head and response head, and work on the server.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>A 的客户端收到了 {count(a, &quot;http1.ResponseHead client&quot;)} 个响应，其中只有 {count(a, &quot;http1.Body client&quot;)} 个带有正文。每 {knob.pollIntervalMs} ms 轮询一次，而每 {1000 / knob.updatesPerSecond} ms 才有一条更新，因此大多数轮询一无所获，但每次仍要花费一个完整的请求头和响应头，还要占用服务器的工作量。</translation>
    </message>
    <message>
        <source>The timer sets the latency</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>定时器决定延迟</translation>
    </message>
    <message>
        <source>An update that appears on the server just after a poll has to wait for the **next** poll. Then
the answer still needs half a round trip to reach the client. So with short polling:

- the **average** wait is about half the poll interval, plus half a round trip;
- the **worst** wait is a whole poll interval, plus half a round trip.

Polling faster lowers the latency but multiplies the requests, most of them empty. The
**delivery latency** in the statistics is measured per update: from the moment the server had
it to the moment a client had it.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>恰好在一次轮询之后出现在服务器上的更新，必须等待**下一次**轮询。
然后应答还需要半个往返才能到达客户端。因此，使用短轮询时：

- **平均**等待时间约为半个轮询间隔，再加半个往返；
- **最坏**等待时间为整整一个轮询间隔，再加半个往返。

轮询得更快可以降低延迟，但会使请求数量成倍增加，
而其中大多数是空的。统计中的**送达延迟**是按每条更新测量的：
从服务器拥有它的时刻，到客户端拥有它的时刻。</translation>
    </message>
    <message>
        <source>What mean delivery latency do you expect for short polling (A)?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>你预计短轮询（A）的平均送达延迟是多少？</translation>
    </message>
    <message>
        <source>An update waits on average about half a poll interval ({knob.pollIntervalMs / 2} ms) for the next poll, then half a round trip ({knob.rttMs / 2} ms) to travel: A measured {a.polling.latencyMeanMs:0} ms on average and {a.polling.latencyMaxMs:0} ms at worst. The long polls of side B took {b.polling.latencyMeanMs:0} ms on average.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>一条更新平均要等待约半个轮询间隔（{knob.pollIntervalMs / 2} ms）才迎来下一次轮询，然后还要半个往返（{knob.rttMs / 2} ms）才能送达：A 测得平均 {a.polling.latencyMeanMs:0} ms，最坏 {a.polling.latencyMaxMs:0} ms。B 侧的长轮询平均用时 {b.polling.latencyMeanMs:0} ms。</translation>
    </message>
    <message>
        <source>Long polling: the server holds the request</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>长轮询：服务器挂起请求</translation>
    </message>
    <message>
        <source>**Long polling** turns the timer around. The client asks, and the server **does not answer until
it has news** (or until a timeout, often 20 to 60 seconds, after which it answers empty). As soon
as an answer arrives, the client asks again.

An update that appears while a request is waiting goes out at once, so the latency is close to
half a round trip, and there are no empty answers while news keeps coming. The costs move to the
server: every client has a request parked there, holding a connection (and in some servers a
thread), and every update still travels in a complete HTTP response with its head.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>**长轮询**把定时器反了过来。客户端发出请求，
而服务器**直到有新消息才应答**（或者直到超时，通常为 20 到 60 秒，
超时后返回空应答）。应答一到，客户端就再次发出请求。

在某个请求等待期间出现的更新会立即发出，因此延迟接近半个往返，
而且只要新消息不断到来，就不会有空应答。代价转移到了服务器上：
每个客户端都有一个请求挂在那里，占用一条连接（在某些服务器中还占用一个线程），
而且每条更新仍然要装在一个带头部的完整 HTTP 响应中传输。</translation>
    </message>
    <message>
        <source>Which side sent fewer HTTP requests in this run?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>在本次运行中，哪一侧发送的 HTTP 请求更少？</translation>
    </message>
    <message>
        <source>Short polling (A)</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>短轮询（A）</translation>
    </message>
    <message>
        <source>Long polling (B)</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>长轮询（B）</translation>
    </message>
    <message>
        <source>A sent {a.polling.httpRequests} requests and B {b.polling.httpRequests}. A long poll is answered only when there is news, so B asks about once per update per client; A asks on its timer, news or not. With updates much more frequent than the polls, this turns around: short polling&apos;s answers then carry several updates each, while long polling still pays a request for every answer.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>A 发送了 {a.polling.httpRequests} 个请求，B 发送了 {b.polling.httpRequests} 个。长轮询只在有新消息时才得到应答，因此 B 对每个客户端大约每条更新询问一次；A 则按定时器询问，不管有没有新消息。当更新比轮询频繁得多时，情况就会反转：短轮询的每个应答会携带好几条更新，而长轮询仍要为每个应答付出一个请求。</translation>
    </message>
    <message>
        <source>When updates outpace the round trip</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>当更新快于往返时</translation>
    </message>
    <message>
        <source>Now side **A** long-polls and side **B** holds a **WebSocket**, on a slower link, and the updates
come faster than one round trip.

After each long-poll answer there is a gap: the answer needs half a round trip to reach the
client, and the client&apos;s next request needs another half to reach the server. For that **whole
round trip** no request is waiting at the server, and updates published in the gap have to wait
for the next one. Long polling then batches them, late. The WebSocket has no gap: the server may
send at any moment. Look at the lanes: A&apos;s requests follow each other one round trip apart, while
B&apos;s frames leave the server as the updates appear.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>现在 **A** 侧使用长轮询，**B** 侧保持一个 **WebSocket**，
链路更慢，而且更新到来的速度快于一个往返。

每个长轮询应答之后都有一个空档：应答需要半个往返才能到达客户端，
客户端的下一个请求还需要另外半个往返才能到达服务器。
在这**整个往返**期间，服务器上没有等待中的请求，在空档中发布的更新只能等待下一个请求。
于是长轮询把它们成批地、迟迟地送出。WebSocket 没有空档：
服务器随时都可以发送。看看泳道：A 的请求一个接一个，
彼此相隔一个往返，而 B 的帧则随着更新的出现离开服务器。</translation>
    </message>
    <message>
        <source>What mean delivery latency did long polling (A) reach now?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>长轮询（A）现在达到的平均送达延迟是多少？</translation>
    </message>
    <message>
        <source>The one-way trip is {knob.rttMs / 2} ms, and the WebSocket stayed close to it at {b.polling.latencyMeanMs:0} ms on average. Long polling measured {a.polling.latencyMeanMs:0} ms: an update published while no request was parked waited up to a round trip for the next one ({a.polling.latencyMaxMs:0} ms at worst). A&apos;s clients sent {a.polling.httpRequests} requests for {a.polling.deliveries} deliveries, so each answer carried more than one update.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>单程时间为 {knob.rttMs / 2} ms，WebSocket 与之接近，平均为 {b.polling.latencyMeanMs:0} ms。长轮询测得 {a.polling.latencyMeanMs:0} ms：在没有挂起请求时发布的更新，要等待最多一个往返才迎来下一个请求（最坏 {a.polling.latencyMaxMs:0} ms）。A 的客户端为 {a.polling.deliveries} 次送达发送了 {a.polling.httpRequests} 个请求，因此每个应答携带了不止一条更新。</translation>
    </message>
    <message>
        <source>What each update costs in bytes</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>每条更新花费多少字节</translation>
    </message>
    <message>
        <source>**Overhead** is every protocol byte that is not the update itself: HTTP request and response heads
for polling; frame headers, the upgrade and the control frames for the WebSocket. The statistics
divide it by the updates delivered.

A long-poll answer costs a request head and a response head, and in a real browser far more than
here, because it adds cookies, a user agent and more. A WebSocket update
costs a two-byte frame header for a short message from the server, plus the upgrade paid once per
connection.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>**开销**是指除更新本身之外的每一个协议字节：
对轮询而言是 HTTP 请求头和响应头；对 WebSocket 而言是帧头部、
升级以及控制帧。统计把它除以送达的更新数。

一个长轮询应答要花费一个请求头和一个响应头，
在真实浏览器中远比这里多，因为还要加上 Cookie、用户代理等内容。
一条 WebSocket 更新对于服务器发出的短消息只花费两字节的帧头部，
外加每个连接只需付出一次的升级。</translation>
    </message>
    <message>
        <source>How many times as many overhead bytes per update did long polling (A) spend as the WebSocket (B)?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>长轮询（A）每条更新花费的开销字节是 WebSocket（B）的多少倍？</translation>
    </message>
    <message>
        <source>times</source>
        <extracomment>polling-vs-push.lesson
----------
quiz.questions</extracomment>
        <translation>倍</translation>
    </message>
    <message>
        <source>Long polling spent {a.polling.overheadPerDelivery:0} bytes per update delivered, a request and a response head for every answer. The WebSocket spent {b.polling.overheadPerDelivery:1}: the upgrade once per connection, {b.polling.frameHeaderBytes} bytes of frame headers in all and {b.polling.controlFrameBytes} bytes of close payloads, spread over {b.polling.deliveries} deliveries. The ratio is about {a.polling.overheadPerDelivery / b.polling.overheadPerDelivery:0} to one, and real-world heads make it larger.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>长轮询每送达一条更新花费 {a.polling.overheadPerDelivery:0} 字节，每个应答都要一个请求头和一个响应头。WebSocket 花费 {b.polling.overheadPerDelivery:1} 字节：每个连接一次升级，总共 {b.polling.frameHeaderBytes} 字节的帧头部和 {b.polling.controlFrameBytes} 字节的关闭载荷，分摊到 {b.polling.deliveries} 次送达上。两者之比约为 {a.polling.overheadPerDelivery / b.polling.overheadPerDelivery:0} 比 1，而真实环境中的头部会让这个比值更大。</translation>
    </message>
    <message>
        <source>Short polling against push, with a slow poll</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>短轮询对比推送，轮询较慢时</translation>
    </message>
    <message>
        <source>Last, short polling (**A**) against the WebSocket (**B**) with the scenario&apos;s defaults: the
clients poll once a second while the ticker publishes several updates a second. Each poll now
finds a handful of updates and returns them together, so polling&apos;s heads are shared between
them. Before you look at the overhead, decide which side you expect to win.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>最后，用场景的默认设置比较短轮询（**A**）
和 WebSocket（**B**）：客户端每秒轮询一次，而行情源每秒发布好几条更新。
现在每次轮询都会找到若干条更新并一起返回，
因此轮询的头部由它们分摊。在查看开销之前，先判断你预计哪一侧会胜出。</translation>
    </message>
    <message>
        <source>Which side spent fewer overhead bytes per update delivered?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>哪一侧每送达一条更新花费的开销字节更少？</translation>
    </message>
    <message>
        <source>Short polling once a second (A)</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>每秒一次的短轮询（A）</translation>
    </message>
    <message>
        <source>WebSocket push (B)</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>WebSocket 推送（B）</translation>
    </message>
    <message>
        <source>A spent {a.polling.overheadPerDelivery:1} bytes per update, B {b.polling.overheadPerDelivery:1}. Batching makes slow polling much cheaper per update than long polling, but it pays in time instead: A&apos;s updates arrived {a.polling.latencyMeanMs:0} ms after publication on average and up to {a.polling.latencyMaxMs:0} ms, B&apos;s in {b.polling.latencyMeanMs:0} ms. Polling can be cheap or prompt; push is both.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>A 每条更新花费 {a.polling.overheadPerDelivery:1} 字节，B 花费 {b.polling.overheadPerDelivery:1} 字节。批量处理让慢速轮询的每条更新成本远低于长轮询，但代价是时间：A 的更新在发布后平均 {a.polling.latencyMeanMs:0} ms 到达，最长 {a.polling.latencyMaxMs:0} ms，而 B 只需 {b.polling.latencyMeanMs:0} ms。轮询可以便宜，也可以及时；推送则两者兼得。</translation>
    </message>
    <message>
        <source>Choosing</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>如何选择</translation>
    </message>
    <message>
        <source>What the three runs showed:

- **Short polling** is the simplest and works through anything, but its latency is set by the
  timer, and a fast timer means many empty requests. Fine for data that changes rarely.
- **Long polling** gets close to push latency with plain HTTP, but holds a request per client on
  the server and pays a full HTTP exchange per answer; it falls behind when news comes faster
  than a round trip.
- **WebSocket push** costs one upgrade, then a few bytes per message in either direction, at the
  one-way delay. The price is a long-lived, stateful connection per client (the lesson on scaling
  WebSockets shows what that means for a fleet of servers).

One more option is worth knowing: **Server-Sent Events** (`text/event-stream`) keep one HTTP
response open and stream events down it. Push from the server only, but plain HTTP, with
automatic reconnection in the browser.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>三次运行表明：

- **短轮询**最简单，能穿过任何中间设备，但其延迟由定时器决定，
  而快速的定时器意味着大量空请求。适合很少变化的数据。
- **长轮询**用普通 HTTP 就能接近推送的延迟，
  但要为每个客户端在服务器上挂起一个请求，并为每个应答付出一次完整的 HTTP 交换；
  当新消息来得比一个往返还快时，它就会落后。
- **WebSocket 推送**花费一次升级，之后每条消息在任一方向上只需几个字节，
  延迟为单程时延。代价是每个客户端一条长期存在的有状态连接（关于扩展
  WebSocket 的课程展示了这对一组服务器意味着什么）。

还有一个值得了解的选择：**Server-Sent Events**（`text/event-stream`）
保持一个 HTTP 响应处于打开状态，
并沿着它向下流式发送事件。只能由服务器推送，但使用的是普通 HTTP，浏览器还会自动重连。</translation>
    </message>
    <message>
        <source>A chat app must carry messages both ways within a fraction of a second, for many users at once. Which fits best?</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>一个聊天应用必须在几分之一秒内双向传递消息，并同时服务大量用户。哪种方式最合适？</translation>
    </message>
    <message>
        <source>Short polling every five seconds</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>每五秒一次的短轮询</translation>
    </message>
    <message>
        <source>Long polling, with posts sent as separate requests</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>长轮询，发帖作为单独的请求发送</translation>
    </message>
    <message>
        <source>A WebSocket per client</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>每个客户端一个 WebSocket</translation>
    </message>
    <message>
        <source>Server-Sent Events alone</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>仅使用 Server-Sent Events</translation>
    </message>
    <message>
        <source>Chat needs low latency in both directions. Short polling is late by design; long polling and Server-Sent Events only push from server to client, so every post is a separate HTTP request with its head, and each answer a full HTTP response. A WebSocket carries both directions on one connection at the one-way delay: in the last run {b.polling.latencyMeanMs:0} ms on average, against {a.polling.latencyMeanMs:0} ms for polling.</source>
        <extracomment>polling-vs-push.lesson</extracomment>
        <translation>聊天需要双向的低延迟。短轮询天生就慢；长轮询和 Server-Sent Events 只能从服务器推送到客户端，因此每条发帖都是一个带头部的单独 HTTP 请求，而每个应答都是一个完整的 HTTP 响应。WebSocket 在一条连接上承载两个方向，延迟为单程时延：在上一次运行中平均为 {b.polling.latencyMeanMs:0} ms，而轮询为 {a.polling.latencyMeanMs:0} ms。</translation>
    </message>
    <message>
        <source>Your REST API is described as &quot;stateless&quot;. What does that mean for the servers behind the load balancer?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>你的 REST API 被描述为“无状态”。这对负载均衡器后面的服务器意味着什么？</translation>
    </message>
    <message>
        <source>Each request carries everything needed to serve it, so any instance can answer it</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每个请求都携带处理它所需的一切，因此任何实例都能应答它</translation>
    </message>
    <message>
        <source>The servers never store anything, not even in a database</source>
        <extracomment>quiz.questions</extracomment>
        <translation>服务器从不存储任何东西，连数据库中也不存</translation>
    </message>
    <message>
        <source>Clients may not send cookies or tokens</source>
        <extracomment>quiz.questions</extracomment>
        <translation>客户端不能发送 Cookie 或令牌</translation>
    </message>
    <message>
        <source>The connection is closed after every response</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每个响应之后都会关闭连接</translation>
    </message>
    <message>
        <source>Statelessness is about the protocol: no request relies on what an earlier request left in a server&apos;s memory. Data still lives in databases, and what the client must prove (a token, a cookie) travels with every request. That is what lets a load balancer send two consecutive requests to two different instances. Connections are another matter: HTTP/1.1 keeps them open by default.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>无状态指的是协议：没有哪个请求依赖于先前的请求在某台服务器内存中留下的东西。数据仍然保存在数据库中，而客户端必须证明的东西（令牌、Cookie）随每个请求一起传输。正是这一点让负载均衡器可以把两个连续的请求发给两个不同的实例。连接则是另一回事：HTTP/1.1 默认保持连接打开。</translation>
    </message>
    <message>
        <source>A mobile client times out and retries automatically. Which request is NOT safe to repeat blindly, because HTTP does not define its method as idempotent?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一个移动客户端超时后会自动重试。哪个请求不能盲目重复，因为 HTTP 没有把它的方法定义为幂等的？</translation>
    </message>
    <message>
        <source>PUT /orders/42</source>
        <extracomment>quiz.questions</extracomment>
        <translation>PUT /orders/42</translation>
    </message>
    <message>
        <source>DELETE /orders/42</source>
        <extracomment>quiz.questions</extracomment>
        <translation>DELETE /orders/42</translation>
    </message>
    <message>
        <source>POST /orders</source>
        <extracomment>quiz.questions</extracomment>
        <translation>POST /orders</translation>
    </message>
    <message>
        <source>GET /orders/42</source>
        <extracomment>quiz.questions</extracomment>
        <translation>GET /orders/42</translation>
    </message>
    <message>
        <source>RFC 9110 defines GET, HEAD, OPTIONS, TRACE, PUT and DELETE as idempotent: sending one twice has the same intended effect as sending it once. POST is not, so a retried POST may create a second order. APIs that must retry POSTs accept an idempotency key and ignore repeats of it.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>RFC 9110 把 GET、HEAD、OPTIONS、TRACE、PUT 和 DELETE 定义为幂等的：发送两次与发送一次的预期效果相同。POST 不是，因此重试的 POST 可能会创建第二个订单。必须重试 POST 的 API 会接受一个幂等键，并忽略使用该键的重复请求。</translation>
    </message>
    <message>
        <source>Why do browsers open up to six HTTP/1.1 connections to the same host?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>为什么浏览器会对同一主机打开最多六个 HTTP/1.1 连接？</translation>
    </message>
    <message>
        <source>The HTTP/1.1 specification requires exactly six</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/1.1 规范要求正好六个</translation>
    </message>
    <message>
        <source>A connection carries one request and response at a time, so parallel downloads need parallel connections</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一条连接一次只能承载一个请求和响应，因此并行下载需要并行的连接</translation>
    </message>
    <message>
        <source>Each connection can carry only one kind of resource (HTML, CSS, images)</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每条连接只能承载一种资源（HTML、CSS、图片）</translation>
    </message>
    <message>
        <source>TCP gives every connection a fixed share of the bandwidth, so more connections are faster</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TCP 给每条连接分配固定份额的带宽，因此连接越多越快</translation>
    </message>
    <message>
        <source>Without pipelining, an HTTP/1.1 client must wait for a response before it sends the next request on that connection. Browsers work around it by opening several connections per host. Six is a browser convention, not a rule of the protocol, and every extra connection pays its own TCP handshake, TLS handshake and slow start.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>如果不使用管线化，HTTP/1.1 客户端必须等到响应之后，才能在该连接上发送下一个请求。浏览器的变通办法是对每个主机打开多条连接。六是浏览器的惯例，而不是协议的规则，而且每多一条连接，都要各自付出 TCP 握手、TLS 握手和慢启动的代价。</translation>
    </message>
    <message>
        <source>HTTP/1.1 pipelining lets a client send several requests without waiting. Why did browsers never turn it on by default?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/1.1 管线化让客户端无需等待就能发送多个请求。为什么浏览器从未默认启用它？</translation>
    </message>
    <message>
        <source>Responses must come back in request order, so one slow response holds up all the others, and many proxies and servers mishandled it</source>
        <extracomment>quiz.questions</extracomment>
        <translation>响应必须按请求的顺序返回，因此一个慢响应会拖住其他所有响应，而且许多代理和服务器处理不当</translation>
    </message>
    <message>
        <source>It is forbidden over TLS</source>
        <extracomment>quiz.questions</extracomment>
        <translation>它在 TLS 上是被禁止的</translation>
    </message>
    <message>
        <source>The server has to answer pipelined requests over separate connections</source>
        <extracomment>quiz.questions</extracomment>
        <translation>服务器必须通过不同的连接来应答管线化的请求</translation>
    </message>
    <message>
        <source>It works only for POST requests</source>
        <extracomment>quiz.questions</extracomment>
        <translation>它只适用于 POST 请求</translation>
    </message>
    <message>
        <source>A server must answer pipelined requests in the order they arrived. If the first response is slow to produce, finished responses wait behind it: head-of-line blocking at the HTTP level. Broken intermediaries made it risky, so browsers shipped it off. HTTP/2 solved the problem by letting frames of different responses interleave on one connection.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>服务器必须按到达顺序应答管线化的请求。如果第一个响应生成得很慢，已完成的响应就只能在它后面等待：这就是 HTTP 层面的队头阻塞。有缺陷的中间设备让它风险很大，因此浏览器发布时都把它关闭了。HTTP/2 解决了这个问题，它允许不同响应的帧在一条连接上交错传输。</translation>
    </message>
    <message>
        <source>Your REST API rate-limits each client. Which response tells a client that it sent too many requests and when it may try again?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>你的 REST API 对每个客户端进行限流。哪个响应会告诉客户端它发送的请求太多，以及何时可以重试？</translation>
    </message>
    <message>
        <source>403 Forbidden</source>
        <extracomment>quiz.questions</extracomment>
        <translation>403 Forbidden</translation>
    </message>
    <message>
        <source>400 Bad Request</source>
        <extracomment>quiz.questions</extracomment>
        <translation>400 Bad Request</translation>
    </message>
    <message>
        <source>429 Too Many Requests, with a Retry-After header</source>
        <extracomment>quiz.questions</extracomment>
        <translation>429 Too Many Requests，并带有 Retry-After 头部</translation>
    </message>
    <message>
        <source>301 Moved Permanently, with a Location header</source>
        <extracomment>quiz.questions</extracomment>
        <translation>301 Moved Permanently，并带有 Location 头部</translation>
    </message>
    <message>
        <source>429 says the client exceeded a rate limit, and Retry-After gives the seconds (or a date) to wait, so well-behaved clients back off instead of hammering the API. 403 means the request is refused whatever the rate, 400 that the request itself is malformed. An overloaded server as a whole answers 503 Service Unavailable, which may also carry Retry-After.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>429 表示客户端超出了速率限制，而 Retry-After 给出要等待的秒数（或一个日期），这样行为良好的客户端就会退避，而不是猛烈冲击 API。403 表示无论速率如何请求都会被拒绝，400 表示请求本身格式错误。整体过载的服务器会应答 503 Service Unavailable，它也可以携带 Retry-After。</translation>
    </message>
    <message>
        <source>Which HTTP feature lets a REST API answer a repeated GET without sending the body again?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>哪项 HTTP 特性能让 REST API 在应答重复的 GET 时不必再次发送正文？</translation>
    </message>
    <message>
        <source>101 Switching Protocols</source>
        <extracomment>quiz.questions</extracomment>
        <translation>101 Switching Protocols</translation>
    </message>
    <message>
        <source>HTTP/2 server push</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/2 服务器推送</translation>
    </message>
    <message>
        <source>The Connection keep-alive header</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Connection keep-alive 头部</translation>
    </message>
    <message>
        <source>A conditional request (If-None-Match with the ETag it got before), answered with 304 Not Modified</source>
        <extracomment>quiz.questions</extracomment>
        <translation>条件请求（带有之前获得的 ETag 的 If-None-Match），以 304 Not Modified 应答</translation>
    </message>
    <message>
        <source>The client sends the validator it holds, an ETag in If-None-Match or a date in If-Modified-Since. If the resource has not changed, the server answers 304 with no body. Together with Cache-Control this is a large part of why REST over HTTP scales so well: browsers, CDNs and proxies all understand it without any code of yours.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>客户端发送它持有的验证器：If-None-Match 中的 ETag，或 If-Modified-Since 中的日期。如果资源没有变化，服务器就应答不带正文的 304。它与 Cache-Control 一起，在很大程度上解释了基于 HTTP 的 REST 为何如此易于扩展：浏览器、CDN 和代理都理解它，无需你编写任何代码。</translation>
    </message>
    <message>
        <source>Plain HTTP/1.1 over one connection, 10 objects, and side B pipelines: every request leaves without waiting for the previous response. Counting TCP&apos;s handshake, how many round trips does B need until the last object has arrived?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在一条连接上使用普通 HTTP/1.1，10 个对象，B 侧使用管线化：每个请求都不等待前一个响应就发出。算上 TCP 的握手，B 需要多少个往返才能收到最后一个对象？</translation>
    </message>
    <message>
        <source>B needs a round trip for TCP&apos;s handshake and one for the page, after which all the object requests leave together: {b.roundTrips} round trips, against {a.roundTrips} for A, which waits for every response. B still needs more than one round trip for the objects because TCP&apos;s congestion window limits how many response bytes a fresh connection may send before acknowledgements come back, and because the responses must arrive in request order.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>B 需要一个往返用于 TCP 握手，一个用于页面，之后所有对象请求一起发出：共 {b.roundTrips} 个往返，而等待每个响应的 A 需要 {a.roundTrips} 个。B 仍然需要不止一个往返来获取对象，这是因为 TCP 的拥塞窗口限制了新连接在确认返回之前可以发送多少响应字节，也因为响应必须按请求的顺序到达。</translation>
    </message>
    <message>
        <source>At 100 ms RTT, one HTTP/1.1 connection loads 10 objects, first one request at a time (A), then pipelined (B). How many times longer does A take than B?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在 100 ms RTT 下，一条 HTTP/1.1 连接加载 10 个对象，先是一次一个请求（A），然后使用管线化（B）。A 所用的时间是 B 的多少倍？</translation>
    </message>
    <message>
        <source>A waits a full round trip per object and took {a.totalTimeMs:0} ms; B sent every request without waiting and took {b.totalTimeMs:0} ms, {a.totalTimeMs / b.totalTimeMs:1} times less. The longer the RTT, the more the waiting dominates. Pipelining still delivers the responses in order, so one slow response would hold up the rest; that is the problem HTTP/2 fixed.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>A 每个对象都要等待一个完整的往返，用时 {a.totalTimeMs:0} ms；B 不等待就发出了所有请求，用时 {b.totalTimeMs:0} ms，只有 A 的 {a.totalTimeMs / b.totalTimeMs:1} 分之一。RTT 越长，等待所占的比重就越大。管线化仍然按顺序交付响应，因此一个慢响应会拖住其余响应；这正是 HTTP/2 解决的问题。</translation>
    </message>
    <message>
        <source>In an interview you say &quot;HTTPS everywhere&quot;. Which three properties does TLS add to an HTTP connection?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>面试时你说“处处使用 HTTPS”。TLS 为 HTTP 连接增加了哪三种特性？</translation>
    </message>
    <message>
        <source>Confidentiality, compression and caching</source>
        <extracomment>quiz.questions</extracomment>
        <translation>机密性、压缩和缓存</translation>
    </message>
    <message>
        <source>Authentication of the user, load balancing and integrity</source>
        <extracomment>quiz.questions</extracomment>
        <translation>用户身份认证、负载均衡和完整性</translation>
    </message>
    <message>
        <source>Confidentiality, integrity, and authentication of the server</source>
        <extracomment>quiz.questions</extracomment>
        <translation>机密性、完整性以及服务器身份认证</translation>
    </message>
    <message>
        <source>Anonymity of both ends, integrity and availability</source>
        <extracomment>quiz.questions</extracomment>
        <translation>两端匿名、完整性和可用性</translation>
    </message>
    <message>
        <source>TLS encrypts the traffic (confidentiality), protects every record with an authentication tag so tampering is detected (integrity), and proves with a certificate that the client talks to whoever holds the key for the server&apos;s name (authentication). It does not identify the user unless client certificates are used, and it hides neither the IP addresses nor how much is sent.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS 对流量加密（机密性），用认证标签保护每条记录，从而能发现篡改（完整性），并用证书证明客户端正在与持有该服务器名称对应密钥的一方通信（身份认证）。除非使用客户端证书，否则它不会识别用户，而且它既不隐藏 IP 地址，也不隐藏发送了多少数据。</translation>
    </message>
    <message>
        <source>One IP address hosts shop.example and blog.example, each with its own certificate. How does the server know which certificate to present?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一个 IP 地址托管了 shop.example 和 blog.example，各有自己的证书。服务器如何知道该出示哪张证书？</translation>
    </message>
    <message>
        <source>From the Host header of the first HTTP request</source>
        <extracomment>quiz.questions</extracomment>
        <translation>根据第一个 HTTP 请求的 Host 头部</translation>
    </message>
    <message>
        <source>It tries each certificate until the client accepts one</source>
        <extracomment>quiz.questions</extracomment>
        <translation>它逐一尝试每张证书，直到客户端接受其中一张</translation>
    </message>
    <message>
        <source>From the DNS query the client made before connecting</source>
        <extracomment>quiz.questions</extracomment>
        <translation>根据客户端在连接之前发出的 DNS 查询</translation>
    </message>
    <message>
        <source>The client names the host in the server_name (SNI) extension of its ClientHello</source>
        <extracomment>quiz.questions</extracomment>
        <translation>客户端在其 ClientHello 的 server_name（SNI）扩展中指明主机</translation>
    </message>
    <message>
        <source>The certificate is sent before any HTTP request can be read, so the name must travel in the handshake itself. Server Name Indication carries it in the ClientHello, in the clear, which is why observers can tell which site you visit unless Encrypted Client Hello (ECH) is used.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>证书在任何 HTTP 请求能被读取之前就已发送，因此名称必须在握手本身中传输。服务器名称指示（Server Name Indication）把它放在 ClientHello 中以明文传输，这就是为什么除非使用加密客户端问候（ECH），否则观察者能知道你访问的是哪个网站。</translation>
    </message>
    <message>
        <source>Your internal services talk HTTPS to each other, and each service must prove who it is to the one it calls. What do you add?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>你的内部服务之间通过 HTTPS 通信，每个服务都必须向它所调用的服务证明自己的身份。你要增加什么？</translation>
    </message>
    <message>
        <source>HSTS on every internal host</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在每个内部主机上启用 HSTS</translation>
    </message>
    <message>
        <source>Mutual TLS: the calling service presents a client certificate that the callee verifies</source>
        <extracomment>quiz.questions</extracomment>
        <translation>双向 TLS：调用方服务出示一张客户端证书，由被调用方验证</translation>
    </message>
    <message>
        <source>A longer server certificate key</source>
        <extracomment>quiz.questions</extracomment>
        <translation>更长的服务器证书密钥</translation>
    </message>
    <message>
        <source>An IP allowlist, which needs no certificates</source>
        <extracomment>quiz.questions</extracomment>
        <translation>IP 允许列表，它不需要证书</translation>
    </message>
    <message>
        <source>Ordinary TLS authenticates only the server. With mutual TLS the server sends a CertificateRequest and the client answers with its own Certificate and CertificateVerify, so both ends are authenticated by the same machinery. Service meshes issue and rotate these certificates automatically; IP allowlists break as soon as addresses change and prove nothing about the software behind an address.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>普通 TLS 只认证服务器。使用双向 TLS 时，服务器发送 CertificateRequest，客户端以自己的 Certificate 和 CertificateVerify 应答，因此两端都通过同一套机制得到认证。服务网格会自动签发和轮换这些证书；IP 允许列表在地址一变化时就会失效，而且无法证明某个地址背后运行的是什么软件。</translation>
    </message>
    <message>
        <source>What must a client check before it trusts a server&apos;s certificate?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>客户端在信任服务器的证书之前必须检查什么？</translation>
    </message>
    <message>
        <source>Only that it is signed by someone, even by itself</source>
        <extracomment>quiz.questions</extracomment>
        <translation>只检查它由某个人签名，哪怕是自签名</translation>
    </message>
    <message>
        <source>It chains to a root the client trusts, it is within its validity period, and it names the host the client asked for</source>
        <extracomment>quiz.questions</extracomment>
        <translation>它能链接到客户端信任的根证书，处于有效期内，并且包含客户端请求的主机名</translation>
    </message>
    <message>
        <source>That the server&apos;s IP address matches the certificate&apos;s serial number</source>
        <extracomment>quiz.questions</extracomment>
        <translation>服务器的 IP 地址与证书的序列号是否匹配</translation>
    </message>
    <message>
        <source>That it arrived within one round trip</source>
        <extracomment>quiz.questions</extracomment>
        <translation>它是否在一个往返内到达</translation>
    </message>
    <message>
        <source>The client builds a chain from the server&apos;s certificate through intermediates to a root in its trust store, checks the dates, and looks for the requested name among the subject alternative names. The handshake signature (CertificateVerify in TLS 1.3) then proves the server holds the matching private key. A chain that leads nowhere ends the handshake with an alert such as unknown_ca.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>客户端从服务器的证书出发，经过中间证书，构建一条通往其信任存储中某个根证书的链，检查日期，并在主体备用名称中查找所请求的名称。随后，握手签名（TLS 1.3 中的 CertificateVerify）证明服务器持有匹配的私钥。无法通向任何根证书的链会以 unknown_ca 之类的警报终止握手。</translation>
    </message>
    <message>
        <source>Users type example.com and the browser first tries plain http://, which an attacker on the network could intercept. What protects them on later visits?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>用户输入 example.com，浏览器首先尝试普通的 http://，网络上的攻击者可能拦截它。在之后的访问中，什么能保护用户？</translation>
    </message>
    <message>
        <source>A 301 redirect to https:// on every request</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每个请求都 301 重定向到 https://</translation>
    </message>
    <message>
        <source>ALPN</source>
        <extracomment>quiz.questions</extracomment>
        <translation>ALPN</translation>
    </message>
    <message>
        <source>TLS session resumption</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS 会话恢复</translation>
    </message>
    <message>
        <source>HSTS: the Strict-Transport-Security header makes the browser use only HTTPS for that host</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HSTS：Strict-Transport-Security 头部让浏览器对该主机只使用 HTTPS</translation>
    </message>
    <message>
        <source>A redirect still begins with an unprotected request that an attacker can answer instead. Strict-Transport-Security tells the browser to rewrite every later http:// URL for that host to https:// before anything is sent; the browsers&apos; preload list protects even the first visit.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>重定向仍然以一个未受保护的请求开始，攻击者可以抢先应答它。Strict-Transport-Security 告诉浏览器，在发送任何内容之前，把之后该主机的每个 http:// URL 都改写为 https://；浏览器的预加载列表甚至能保护第一次访问。</translation>
    </message>
    <message>
        <source>Where is TLS usually terminated in a system with a load balancer in front of many application servers?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在一个由负载均衡器位于众多应用服务器前面的系统中，TLS 通常在哪里终止？</translation>
    </message>
    <message>
        <source>At the database, the only place that holds secrets</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在数据库，唯一保存机密的地方</translation>
    </message>
    <message>
        <source>Nowhere: a load balancer cannot forward encrypted traffic, so HTTPS systems do without one</source>
        <extracomment>quiz.questions</extracomment>
        <translation>哪里都不：负载均衡器无法转发加密流量，因此 HTTPS 系统不使用负载均衡器</translation>
    </message>
    <message>
        <source>At the load balancer or edge proxy, which forwards over the private network, often re-encrypted with mutual TLS</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在负载均衡器或边缘代理，它通过私有网络转发，通常会用双向 TLS 重新加密</translation>
    </message>
    <message>
        <source>In each browser&apos;s cache</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在每个浏览器的缓存中</translation>
    </message>
    <message>
        <source>Terminating at the edge lets the balancer read HTTP (route by path, add headers, reuse warm connections to the backends) and keeps certificates in one place. Zero-trust set-ups encrypt again towards the backends, often with mutual TLS so every service proves its identity too. A layer-4 balancer can instead pass TLS through untouched.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在边缘终止 TLS 让负载均衡器能够读取 HTTP（按路径路由、添加头部、复用到后端的热连接），并把证书集中在一个地方。零信任架构会朝后端方向再次加密，通常使用双向 TLS，让每个服务也证明自己的身份。四层负载均衡器则可以原封不动地透传 TLS。</translation>
    </message>
    <message>
        <source>In B the client does not trust the authority that signed the server&apos;s certificate. Which alert ends B&apos;s handshake?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在 B 中，客户端不信任为服务器证书签名的机构。哪个警报终止了 B 的握手？</translation>
    </message>
    <message>
        <source>unknown_ca</source>
        <extracomment>quiz.questions</extracomment>
        <translation>unknown_ca</translation>
    </message>
    <message>
        <source>bad_record_mac</source>
        <extracomment>quiz.questions</extracomment>
        <translation>bad_record_mac</translation>
    </message>
    <message>
        <source>protocol_version</source>
        <extracomment>quiz.questions</extracomment>
        <translation>protocol_version</translation>
    </message>
    <message>
        <source>The client checks the chain as soon as the Certificate message arrives. It cannot link the certificate to any authority it trusts, so it aborts with a fatal alert ({count(b, &quot;tls.Alert client c2s&quot;)} alert sent by B&apos;s client) instead of its Finished. No request follows: B moved {b.headerBytes} bytes of HTTP headers, against {a.headerBytes} for A. bad_record_mac would mean a record failed its integrity check; protocol_version, that no TLS version was shared.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Certificate 消息一到，客户端就检查证书链。它无法把证书链接到任何受信任的机构，于是以致命警报中止握手（B 的客户端发送了 {count(b, &quot;tls.Alert client c2s&quot;)} 个警报），而不是发送它的 Finished。之后没有任何请求：B 传输了 {b.headerBytes} 字节的 HTTP 头部，而 A 为 {a.headerBytes} 字节。bad_record_mac 表示某条记录未通过完整性检查；protocol_version 表示双方没有共同的 TLS 版本。</translation>
    </message>
    <message>
        <source>One HTTPS request, TLS 1.2 against TLS 1.3. TLS 1.3 saves a round trip. Does it also put fewer TLS bytes on the wire?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一个 HTTPS 请求，TLS 1.2 对比 TLS 1.3。TLS 1.3 节省了一个往返。它在线路上的 TLS 字节也更少吗？</translation>
    </message>
    <message>
        <source>Yes, TLS 1.3 spends fewer TLS bytes</source>
        <extracomment>quiz.questions</extracomment>
        <translation>是的，TLS 1.3 花费的 TLS 字节更少</translation>
    </message>
    <message>
        <source>No, TLS 1.3 spends as many or more</source>
        <extracomment>quiz.questions</extracomment>
        <translation>不，TLS 1.3 花费的一样多或更多</translation>
    </message>
    <message>
        <source>TLS 1.2 spent {a.tlsBytes} TLS bytes, TLS 1.3 {b.tlsBytes}. Fewer round trips does not mean fewer bytes: the TLS 1.3 server sent {count(b, &quot;tls.HandshakeMessage client s2c flags=4&quot;)} NewSessionTicket messages after the handshake, against {count(a, &quot;tls.HandshakeMessage client s2c flags=4&quot;)} from the TLS 1.2 server, and it encrypts its handshake messages, each encrypted record adding a type byte and an authentication tag. Latency is counted in round trips, not in bytes.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS 1.2 花费了 {a.tlsBytes} 个 TLS 字节，TLS 1.3 花费了 {b.tlsBytes} 个。往返更少并不意味着字节更少：TLS 1.3 服务器在握手之后发送了 {count(b, &quot;tls.HandshakeMessage client s2c flags=4&quot;)} 条 NewSessionTicket 消息，而 TLS 1.2 服务器发送了 {count(a, &quot;tls.HandshakeMessage client s2c flags=4&quot;)} 条；而且它会加密其握手消息，每条加密记录都要增加一个类型字节和一个认证标签。延迟按往返计算，而不是按字节计算。</translation>
    </message>
    <message>
        <source>A page of 20 objects over HTTPS: how many times more TLS bytes does HTTP/1.1&apos;s pool of connections spend than HTTP/2&apos;s single connection?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>通过 HTTPS 加载一个包含 20 个对象的页面：HTTP/1.1 的连接池花费的 TLS 字节是 HTTP/2 单条连接的多少倍？</translation>
    </message>
    <message>
        <source>Every one of A&apos;s {a.connections} connections runs its own full handshake, certificate chain included, and then adds record headers and tags to its own traffic: {a.tlsBytes} TLS bytes against {b.tlsBytes} for B&apos;s {b.connections} connection. Fewer connections means fewer handshakes, less server CPU spent on signatures, and fewer round trips spent before the first request.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>A 的 {a.connections} 条连接每条都要进行自己的完整握手（包括证书链），然后再给各自的流量加上记录头和标签：共 {a.tlsBytes} 个 TLS 字节，而 B 的 {b.connections} 条连接只有 {b.tlsBytes} 个。连接越少，握手就越少，服务器花在签名上的 CPU 越少，第一个请求之前花费的往返也越少。</translation>
    </message>
    <message>
        <source>A login and one page over HTTPS with TLS 1.3, watched by an eavesdropper on the link. It cannot read the encrypted records, but it sees each one go by. How many encrypted records did it see?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>通过使用 TLS 1.3 的 HTTPS 进行一次登录并加载一个页面，链路上有一个窃听者在观察。它无法读取加密记录，但能看到每条记录经过。它看到了多少条加密记录？</translation>
    </message>
    <message>
        <source>records</source>
        <extracomment>quiz.questions</extracomment>
        <translation>条记录</translation>
    </message>
    <message>
        <source>It saw {count(b, &quot;wire.Overheard link flags=2&quot;)} encrypted records, {bytes(b, &quot;wire.Overheard link flags=2&quot;)} bytes in all, each with its size, direction and time, and read {count(b, &quot;wire.Overheard link flags=0&quot;)} things in the clear: the connection&apos;s addresses and ports, the hellos with the server name, the compatibility ChangeCipherSpecs. No secret. Over plain HTTP the same eavesdropper read {count(a, &quot;wire.Overheard link flags=1&quot;)} messages with a password or cookie in them. Record sizes and timing are what traffic analysis works from: which page of a known site was loaded, when someone typed.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>它看到了 {count(b, &quot;wire.Overheard link flags=2&quot;)} 条加密记录，总共 {bytes(b, &quot;wire.Overheard link flags=2&quot;)} 字节，每条都带有大小、方向和时间，并以明文读到了 {count(b, &quot;wire.Overheard link flags=0&quot;)} 项信息：连接的地址和端口、带有服务器名称的问候消息，以及为兼容而发送的 ChangeCipherSpec。没有任何秘密。而在普通 HTTP 上，同一个窃听者读到了 {count(a, &quot;wire.Overheard link flags=1&quot;)} 条包含密码或 Cookie 的消息。记录的大小和时间正是流量分析的依据：某个已知网站的哪个页面被加载了，某人何时在打字。</translation>
    </message>
    <message>
        <source>The same login over HTTPS, but TLS 1.2 is the newest version the client offers. How many observations could the eavesdropper on the HTTPS side read in the clear (not counting encrypted records)?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>同样的登录通过 HTTPS 进行，但客户端提供的最新版本是 TLS 1.2。HTTPS 一侧的窃听者能以明文读到多少项观察结果（不计加密记录）？</translation>
    </message>
    <message>
        <source>observations</source>
        <extracomment>quiz.questions</extracomment>
        <translation>项观察结果</translation>
    </message>
    <message>
        <source>It read {count(b, &quot;wire.Overheard link flags=0&quot;)} observations in the clear and {count(b, &quot;wire.Overheard link flags=2&quot;)} encrypted records. TLS 1.2 encrypts nothing until ChangeCipherSpec, so besides the addresses and the ClientHello the eavesdropper reads the ServerHello, the server&apos;s certificate, its key exchange and the client&apos;s: it learns exactly which site and which certificate, though still no secret ({count(b, &quot;wire.Overheard link flags=1&quot;)} here). TLS 1.3 encrypts everything after the ServerHello, the certificate included.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>它以明文读到了 {count(b, &quot;wire.Overheard link flags=0&quot;)} 项观察结果，以及 {count(b, &quot;wire.Overheard link flags=2&quot;)} 条加密记录。TLS 1.2 在 ChangeCipherSpec 之前什么都不加密，因此除了地址和 ClientHello 之外，窃听者还能读到 ServerHello、服务器的证书、服务器的密钥交换以及客户端的密钥交换：它确切地知道是哪个网站、哪张证书，尽管仍然读不到任何秘密（这里为 {count(b, &quot;wire.Overheard link flags=1&quot;)} 项）。TLS 1.3 会加密 ServerHello 之后的一切，包括证书。</translation>
    </message>
    <message>
        <source>An attacker on the path flips one byte of an HTTPS response in flight. What does the client send when the altered record arrives?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>路径上的攻击者在传输中翻转了一个 HTTPS 响应的一个字节。当被篡改的记录到达时，客户端会发送什么？</translation>
    </message>
    <message>
        <source>unknown_ca, because it no longer trusts the server</source>
        <extracomment>quiz.questions</extracomment>
        <translation>unknown_ca，因为它不再信任服务器</translation>
    </message>
    <message>
        <source>bad_record_mac, and it closes the connection</source>
        <extracomment>quiz.questions</extracomment>
        <translation>bad_record_mac，并关闭连接</translation>
    </message>
    <message>
        <source>Only close_notify, as at any normal end</source>
        <extracomment>quiz.questions</extracomment>
        <translation>只发送 close_notify，和任何正常结束时一样</translation>
    </message>
    <message>
        <source>No alert: TCP&apos;s checksum discards the segment and it is sent again</source>
        <extracomment>quiz.questions</extracomment>
        <translation>没有警报：TCP 的校验和会丢弃该报文段，然后它会被重新发送</translation>
    </message>
    <message>
        <source>The record&apos;s authentication tag no longer matched, so the client refused to decrypt it and sent {count(b, &quot;tls.Alert client c2s flags=20&quot;)} fatal bad_record_mac alert; nothing of that record reached HTTP. TCP&apos;s checksum is no protection against an attacker, who simply fixes it up: on the HTTP side the same {bytes(a, &quot;wire.Tampered&quot;)} altered byte was delivered, and its client sent {count(a, &quot;tls.Alert client&quot;)} alerts, having no way to notice.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>记录的认证标签不再匹配，因此客户端拒绝解密它，并发送了 {count(b, &quot;tls.Alert client c2s flags=20&quot;)} 个致命的 bad_record_mac 警报；那条记录的任何内容都没有到达 HTTP。TCP 的校验和防不了攻击者，攻击者只需把它修正即可：在 HTTP 一侧，同样 {bytes(a, &quot;wire.Tampered&quot;)} 个被篡改的字节被交付了，而其客户端发送了 {count(a, &quot;tls.Alert client&quot;)} 个警报，因为它根本无从察觉。</translation>
    </message>
    <message>
        <source>The client logs in, then loads its account page, and an attacker alters a byte of that page. Over HTTPS, how many of the two responses does the client receive complete?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>客户端登录后加载其账户页面，而攻击者篡改了该页面的一个字节。通过 HTTPS，客户端能完整收到两个响应中的几个？</translation>
    </message>
    <message>
        <source>Over HTTPS {b.objectsCompleted} of 2: the login&apos;s answer, which came before the attack. The account page failed its integrity check and was never delivered, so the client got {b.bodyBytes} bytes of bodies against {a.bodyBytes} over plain HTTP, where both responses, {a.objectsCompleted} of 2, arrived, the altered one included. TLS cannot keep an attacker from breaking a connection, but it guarantees that what does arrive is what the server sent.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>通过 HTTPS 收到 2 个中的 {b.objectsCompleted} 个：登录的应答，它在攻击之前就已到达。账户页面未通过完整性检查，从未被交付，因此客户端收到了 {b.bodyBytes} 字节的正文，而在普通 HTTP 上为 {a.bodyBytes} 字节；在那里，两个响应（2 个中的 {a.objectsCompleted} 个）都到达了，包括被篡改的那个。TLS 无法阻止攻击者破坏连接，但它保证到达的内容正是服务器发送的内容。</translation>
    </message>
    <message>
        <source>Why does a full TLS 1.3 handshake need one round trip where TLS 1.2 needs two?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>为什么完整的 TLS 1.3 握手只需一个往返，而 TLS 1.2 需要两个？</translation>
    </message>
    <message>
        <source>The ClientHello already carries a key share, so the server can compute the keys and finish in its first reply</source>
        <extracomment>quiz.questions</extracomment>
        <translation>ClientHello 已经携带了密钥共享，因此服务器可以计算出密钥，并在第一次回复中完成握手</translation>
    </message>
    <message>
        <source>TLS 1.3 skips verifying the certificate</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS 1.3 跳过了证书验证</translation>
    </message>
    <message>
        <source>TLS 1.3 sends the ClientHello inside the TCP SYN</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS 1.3 把 ClientHello 放在 TCP SYN 中发送</translation>
    </message>
    <message>
        <source>TLS 1.3 servers send their Finished before the ClientHello arrives</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS 1.3 服务器在 ClientHello 到达之前就发送其 Finished</translation>
    </message>
    <message>
        <source>In TLS 1.2 the key exchange begins only after the ServerHello (ServerKeyExchange, then the client&apos;s ClientKeyExchange), which costs a second round trip. A TLS 1.3 client guesses the group and sends its key share at once; the server answers with ServerHello, its own share, and encrypted EncryptedExtensions, Certificate, CertificateVerify and Finished, all in one flight. Only a wrong guess costs a round trip more (HelloRetryRequest).</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在 TLS 1.2 中，密钥交换要在 ServerHello 之后才开始（ServerKeyExchange，然后是客户端的 ClientKeyExchange），这要多花一个往返。TLS 1.3 客户端会猜测密钥组，并立即发送其密钥共享；服务器以 ServerHello、自己的密钥共享以及加密的 EncryptedExtensions、Certificate、CertificateVerify 和 Finished 应答，全部在一轮传输中完成。只有猜错时才会多花一个往返（HelloRetryRequest）。</translation>
    </message>
    <message>
        <source>An attacker records your TLS 1.3 traffic today and steals the server&apos;s private key next year. Can they decrypt the recording?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>攻击者今天记录下你的 TLS 1.3 流量，明年窃取了服务器的私钥。他们能解密这份记录吗？</translation>
    </message>
    <message>
        <source>Yes: the traffic was encrypted with the server&apos;s public key</source>
        <extracomment>quiz.questions</extracomment>
        <translation>能：流量是用服务器的公钥加密的</translation>
    </message>
    <message>
        <source>Yes, but only the requests, not the responses</source>
        <extracomment>quiz.questions</extracomment>
        <translation>能，但只能解密请求，不能解密响应</translation>
    </message>
    <message>
        <source>No: the session keys came from ephemeral key shares that were thrown away, and the private key only signed the handshake</source>
        <extracomment>quiz.questions</extracomment>
        <translation>不能：会话密钥来自已被丢弃的临时密钥共享，而私钥只用于对握手签名</translation>
    </message>
    <message>
        <source>No, because TLS 1.3 does not encrypt with keys at all</source>
        <extracomment>quiz.questions</extracomment>
        <translation>不能，因为 TLS 1.3 根本不用密钥加密</translation>
    </message>
    <message>
        <source>That property is forward secrecy. TLS 1.3 removed static RSA key transport, so every full handshake derives its keys from fresh ephemeral (EC)DHE shares, and the certificate&apos;s key only authenticates the server through CertificateVerify. 0-RTT early data is the exception: it is protected by a key derived from an earlier session&apos;s resumption secret.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>这一特性叫做前向保密。TLS 1.3 去除了静态 RSA 密钥传输，因此每次完整握手都从新的临时 (EC)DHE 密钥共享派生密钥，而证书的密钥只通过 CertificateVerify 认证服务器。0-RTT 早期数据是例外：它由从先前会话的恢复密钥派生出的密钥保护。</translation>
    </message>
    <message>
        <source>Which of these did TLS 1.3 remove?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS 1.3 去除了以下哪一项？</translation>
    </message>
    <message>
        <source>AES-GCM encryption</source>
        <extracomment>quiz.questions</extracomment>
        <translation>AES-GCM 加密</translation>
    </message>
    <message>
        <source>Key exchange by encrypting a secret with the server&apos;s static RSA key</source>
        <extracomment>quiz.questions</extracomment>
        <translation>通过用服务器的静态 RSA 密钥加密一个秘密来进行密钥交换</translation>
    </message>
    <message>
        <source>Certificates</source>
        <extracomment>quiz.questions</extracomment>
        <translation>证书</translation>
    </message>
    <message>
        <source>Elliptic-curve Diffie-Hellman (ECDHE)</source>
        <extracomment>quiz.questions</extracomment>
        <translation>椭圆曲线 Diffie-Hellman（ECDHE）</translation>
    </message>
    <message>
        <source>Static RSA key transport gave no forward secrecy, so TLS 1.3 dropped it, together with CBC-mode ciphers, compression, renegotiation and custom Diffie-Hellman groups. Every TLS 1.3 key exchange is ephemeral (EC)DHE or a PSK, optionally combined with (EC)DHE; certificates still authenticate the server, and AES-GCM is one of the remaining AEAD ciphers.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>静态 RSA 密钥传输无法提供前向保密，因此 TLS 1.3 把它去掉了，同时去掉的还有 CBC 模式密码、压缩、重新协商以及自定义 Diffie-Hellman 组。TLS 1.3 的每次密钥交换都是临时的 (EC)DHE 或 PSK（可选地与 (EC)DHE 结合）；证书仍然用于认证服务器，而 AES-GCM 是保留下来的 AEAD 密码之一。</translation>
    </message>
    <message>
        <source>What does the Finished message prove?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Finished 消息证明了什么？</translation>
    </message>
    <message>
        <source>That the certificate is signed by a trusted authority</source>
        <extracomment>quiz.questions</extracomment>
        <translation>证书由受信任的机构签名</translation>
    </message>
    <message>
        <source>That both sides saw the same handshake and hold the same keys, so nothing was altered or downgraded</source>
        <extracomment>quiz.questions</extracomment>
        <translation>双方看到的是同一个握手并持有相同的密钥，因此没有任何内容被篡改或降级</translation>
    </message>
    <message>
        <source>That all application data has arrived</source>
        <extracomment>quiz.questions</extracomment>
        <translation>所有应用数据都已到达</translation>
    </message>
    <message>
        <source>That the TCP connection is about to close</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TCP 连接即将关闭</translation>
    </message>
    <message>
        <source>Finished carries a MAC over the whole handshake transcript, keyed with a secret only the two endpoints can derive. If an attacker changed any message, for example removing strong cipher suites from the ClientHello, the values would not match and the handshake would fail. The end of a connection is announced differently, with the close_notify alert.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Finished 携带了一个覆盖整个握手记录的 MAC，其密钥是只有两个端点才能派生出的秘密。如果攻击者修改了任何消息，例如从 ClientHello 中删除强密码套件，这些值就不会匹配，握手就会失败。连接的结束则以另一种方式宣告，即 close_notify 警报。</translation>
    </message>
    <message>
        <source>Even with TLS 1.3, an observer can still read which site a client visits from the ClientHello. What does Encrypted Client Hello (ECH) add?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>即使使用 TLS 1.3，观察者仍然能从 ClientHello 中读出客户端访问的是哪个网站。加密客户端问候（ECH）增加了什么？</translation>
    </message>
    <message>
        <source>It encrypts the server&apos;s certificate, which TLS 1.2 sent in the clear</source>
        <extracomment>quiz.questions</extracomment>
        <translation>它加密服务器的证书，而 TLS 1.2 以明文发送证书</translation>
    </message>
    <message>
        <source>It encrypts the inner ClientHello, SNI included, with a key the client got from DNS</source>
        <extracomment>quiz.questions</extracomment>
        <translation>它用客户端从 DNS 获得的密钥加密内层 ClientHello，包括 SNI</translation>
    </message>
    <message>
        <source>It hides the server&apos;s IP address</source>
        <extracomment>quiz.questions</extracomment>
        <translation>它隐藏服务器的 IP 地址</translation>
    </message>
    <message>
        <source>It removes the need for a certificate</source>
        <extracomment>quiz.questions</extracomment>
        <translation>它让证书变得不再必要</translation>
    </message>
    <message>
        <source>TLS 1.3 already encrypts the certificate, but the SNI host name in the ClientHello stays readable. With ECH the client sends an outer ClientHello naming a shared front end, with the real ClientHello encrypted to a public key published in the site&apos;s DNS (an HTTPS record). The IP address is still visible, which is why ECH helps most on large shared providers.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS 1.3 已经加密了证书，但 ClientHello 中的 SNI 主机名仍然可读。使用 ECH 时，客户端发送一个外层 ClientHello，其中指明一个共享的前端，而真正的 ClientHello 用网站在 DNS 中发布的公钥（一条 HTTPS 记录）加密。IP 地址仍然可见，这就是为什么 ECH 在大型共享服务商上帮助最大。</translation>
    </message>
    <message>
        <source>When does a TLS 1.3 server answer with a HelloRetryRequest?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS 1.3 服务器在什么情况下会以 HelloRetryRequest 应答？</translation>
    </message>
    <message>
        <source>When its certificate has expired</source>
        <extracomment>quiz.questions</extracomment>
        <translation>当它的证书已过期时</translation>
    </message>
    <message>
        <source>When the client tries to resume a session the server does not know</source>
        <extracomment>quiz.questions</extracomment>
        <translation>当客户端试图恢复一个服务器不认识的会话时</translation>
    </message>
    <message>
        <source>When the client sent no key share for a group the server accepts, though it listed one the server does accept</source>
        <extracomment>quiz.questions</extracomment>
        <translation>当客户端没有为服务器接受的任何组发送密钥共享，尽管它列出了一个服务器确实接受的组时</translation>
    </message>
    <message>
        <source>Whenever the client offers 0-RTT data</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每当客户端提供 0-RTT 数据时</translation>
    </message>
    <message>
        <source>The client guesses which group to send a key share for, usually X25519. If the server will only use another group from the client&apos;s supported_groups list, it sends a HelloRetryRequest (a ServerHello with a special random value) naming that group, and the client must send a second ClientHello with a matching share: one round trip more. An unknown session ticket is simply ignored and the handshake runs in full.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>客户端会猜测为哪个组发送密钥共享，通常是 X25519。如果服务器只愿意使用客户端 supported_groups 列表中的另一个组，它就发送一个指明该组的 HelloRetryRequest（一个带有特殊随机值的 ServerHello），客户端必须再发送一个带有匹配密钥共享的 ClientHello：多花一个往返。未知的会话票据则会被直接忽略，握手完整进行。</translation>
    </message>
    <message>
        <source>A TLS 1.3 cipher suite such as TLS_AES_128_GCM_SHA256 names fewer things than a TLS 1.2 suite such as TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256. What did TLS 1.3 take out of it?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS_AES_128_GCM_SHA256 这样的 TLS 1.3 密码套件，比 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 这样的 TLS 1.2 套件指明的内容更少。TLS 1.3 从中去掉了什么？</translation>
    </message>
    <message>
        <source>The hash function</source>
        <extracomment>quiz.questions</extracomment>
        <translation>哈希函数</translation>
    </message>
    <message>
        <source>The symmetric cipher</source>
        <extracomment>quiz.questions</extracomment>
        <translation>对称密码</translation>
    </message>
    <message>
        <source>Nothing: only the spelling changed</source>
        <extracomment>quiz.questions</extracomment>
        <translation>什么都没去掉：只是写法变了</translation>
    </message>
    <message>
        <source>The key exchange and the signature algorithm, which are negotiated in their own extensions</source>
        <extracomment>quiz.questions</extracomment>
        <translation>密钥交换和签名算法，它们在各自的扩展中协商</translation>
    </message>
    <message>
        <source>A TLS 1.2 suite bundled key exchange, authentication, cipher and hash. A TLS 1.3 suite names only the AEAD cipher and the hash of the key schedule; the group comes from supported_groups and key_share, the signature scheme from signature_algorithms. All TLS 1.3 suites are forward secret and authenticated-encryption only.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS 1.2 套件把密钥交换、认证、密码和哈希捆绑在一起。TLS 1.3 套件只指明 AEAD 密码和密钥调度所用的哈希；组来自 supported_groups 和 key_share，签名方案来自 signature_algorithms。所有 TLS 1.3 套件都具有前向保密性，并且只使用认证加密。</translation>
    </message>
    <message>
        <source>At 80 ms RTT, how many milliseconds sooner does the first response byte arrive with TLS 1.3 than with TLS 1.2?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在 80 ms RTT 下，使用 TLS 1.3 时响应的第一个字节比使用 TLS 1.2 时早多少毫秒到达？</translation>
    </message>
    <message>
        <source>TLS 1.2 needed {a.roundTrips} round trips to the first response byte and TLS 1.3 {b.roundTrips}; the difference is one round trip of the {knob.rttMs} ms link, measured as {a.timeToFirstByteMs - b.timeToFirstByteMs:0} ms. It comes from the key share in TLS 1.3&apos;s ClientHello: TLS 1.2 needs a second flight (ClientKeyExchange, ChangeCipherSpec, Finished) before the request may leave.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS 1.2 需要 {a.roundTrips} 个往返才能收到响应的第一个字节，TLS 1.3 需要 {b.roundTrips} 个；差值是 {knob.rttMs} ms 链路上的一个往返，实测为 {a.timeToFirstByteMs - b.timeToFirstByteMs:0} ms。它来自 TLS 1.3 的 ClientHello 中的密钥共享：TLS 1.2 在请求发出之前还需要第二轮传输（ClientKeyExchange、ChangeCipherSpec、Finished）。</translation>
    </message>
    <message>
        <source>In B the server only accepts P-256, while the client guessed X25519 for its key share. How many more TLS bytes does B&apos;s handshake cost than A&apos;s?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在 B 中，服务器只接受 P-256，而客户端猜测的密钥共享是 X25519。B 的握手比 A 多花费多少个 TLS 字节？</translation>
    </message>
    <message>
        <source>B pays for a HelloRetryRequest and a second, complete ClientHello with a new key share: {b.tlsBytes} TLS bytes against {a.tlsBytes}, {b.tlsBytes - a.tlsBytes} more. The round trip it costs weighs more than the bytes: {b.roundTrips} round trips to the first response byte against {a.roundTrips}.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>B 要为一个 HelloRetryRequest 和第二个带有新密钥共享的完整 ClientHello 付出代价：{b.tlsBytes} 个 TLS 字节，而 A 为 {a.tlsBytes} 个，多了 {b.tlsBytes - a.tlsBytes} 个。它所花费的往返比字节更重要：收到响应第一个字节需要 {b.roundTrips} 个往返，而 A 为 {a.roundTrips} 个。</translation>
    </message>
    <message>
        <source>TLS 1.2 at 100 ms RTT: how many milliseconds sooner does the first response byte arrive when the client resumes a session from a ticket, compared with a full handshake?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS 1.2，100 ms RTT：客户端用票据恢复会话时，与完整握手相比，响应的第一个字节早多少毫秒到达？</translation>
    </message>
    <message>
        <source>A TLS 1.2 full handshake takes two round trips; the abbreviated one takes one, because the server answers the ClientHello with ServerHello, ChangeCipherSpec and Finished straight away: {b.roundTrips} round trips against {a.roundTrips}, {a.timeToFirstByteMs - b.timeToFirstByteMs:0} ms sooner at {knob.rttMs} ms RTT. In TLS 1.3 resumption saves no round trip, since the full handshake already takes only one.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TLS 1.2 的完整握手需要两个往返；简化握手只需一个，因为服务器会立即以 ServerHello、ChangeCipherSpec 和 Finished 应答 ClientHello：{b.roundTrips} 个往返对比 {a.roundTrips} 个，在 {knob.rttMs} ms RTT 下早了 {a.timeToFirstByteMs - b.timeToFirstByteMs:0} ms。在 TLS 1.3 中，会话恢复不节省往返，因为完整握手本来就只需一个往返。</translation>
    </message>
    <message>
        <source>How many TLS bytes does resuming a TLS 1.2 session from a ticket save, compared with a full handshake?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>与完整握手相比，用票据恢复 TLS 1.2 会话能节省多少个 TLS 字节？</translation>
    </message>
    <message>
        <source>The resumed handshake skips the Certificate, ServerKeyExchange, ServerHelloDone and ClientKeyExchange messages: {b.tlsBytes} TLS bytes against {a.tlsBytes}. Most of the saving is the certificate chain. It saves time too: the server sends its Finished right after its ServerHello, so B needed {b.roundTrips} round trips against {a.roundTrips}.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>恢复握手跳过了 Certificate、ServerKeyExchange、ServerHelloDone 和 ClientKeyExchange 消息：{b.tlsBytes} 个 TLS 字节，而完整握手为 {a.tlsBytes} 个。节省的大部分是证书链。它也节省时间：服务器在 ServerHello 之后立即发送其 Finished，因此 B 需要 {b.roundTrips} 个往返，而 A 需要 {a.roundTrips} 个。</translation>
    </message>
    <message>
        <source>Your HTTPS servers run behind a round-robin load balancer, and resumption rarely succeeds because clients come back to a different server. What fixes it?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>你的 HTTPS 服务器位于一个轮询调度的负载均衡器后面，而会话恢复很少成功，因为客户端再次连接时到了另一台服务器。怎样解决？</translation>
    </message>
    <message>
        <source>Sticky sessions for every request, forever</source>
        <extracomment>quiz.questions</extracomment>
        <translation>对每个请求永久使用粘性会话</translation>
    </message>
    <message>
        <source>Turning resumption off</source>
        <extracomment>quiz.questions</extracomment>
        <translation>关闭会话恢复</translation>
    </message>
    <message>
        <source>Sharing (and rotating) the session-ticket encryption keys across all servers</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在所有服务器之间共享（并轮换）会话票据加密密钥</translation>
    </message>
    <message>
        <source>Longer certificate chains</source>
        <extracomment>quiz.questions</extracomment>
        <translation>更长的证书链</translation>
    </message>
    <message>
        <source>A session ticket is the session&apos;s state encrypted with a key only the server knows; the client stores it without being able to read it. If every server holds the same ticket keys, any of them can decrypt a ticket and resume, with no shared session cache. The keys must be rotated often, since whoever steals them can decrypt resumed sessions.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>会话票据是用只有服务器知道的密钥加密的会话状态；客户端保存它，但无法读取它。如果每台服务器都持有相同的票据密钥，任何一台都能解密票据并恢复会话，而无需共享的会话缓存。这些密钥必须经常轮换，因为窃取它们的人能解密恢复的会话。</translation>
    </message>
    <message>
        <source>Both sides resume a TLS 1.3 session; B also sends its request as 0-RTT early data. At 100 ms RTT, how many milliseconds sooner does B get the first response byte?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>两侧都恢复一个 TLS 1.3 会话；B 还把它的请求作为 0-RTT 早期数据发送。在 100 ms RTT 下，B 收到响应第一个字节早了多少毫秒？</translation>
    </message>
    <message>
        <source>B&apos;s GET travels with its ClientHello, encrypted with a key derived from the earlier session, so the response comes back with the server&apos;s first flight: {b.roundTrips} round trips against {a.roundTrips}, {a.timeToFirstByteMs - b.timeToFirstByteMs:0} ms sooner at {knob.rttMs} ms RTT. The price is that early data can be replayed, so only idempotent requests belong there.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>B 的 GET 随 ClientHello 一起发送，用从先前会话派生出的密钥加密，因此响应随服务器的第一轮传输一起返回：{b.roundTrips} 个往返对比 {a.roundTrips} 个，在 {knob.rttMs} ms RTT 下早了 {a.timeToFirstByteMs - b.timeToFirstByteMs:0} ms。代价是早期数据可能被重放，因此只有幂等的请求才适合放在那里。</translation>
    </message>
    <message>
        <source>You take an HTTP/2 server out of the load balancer for a deploy. How does it tell its clients to stop opening new streams without breaking the requests already in progress?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>为了部署，你把一台 HTTP/2 服务器从负载均衡器中移出。它如何告诉客户端停止打开新的流，同时又不中断正在处理的请求？</translation>
    </message>
    <message>
        <source>It sends RST_STREAM on every open stream</source>
        <extracomment>quiz.questions</extracomment>
        <translation>它在每个打开的流上发送 RST_STREAM</translation>
    </message>
    <message>
        <source>It closes the TCP connection at once</source>
        <extracomment>quiz.questions</extracomment>
        <translation>它立即关闭 TCP 连接</translation>
    </message>
    <message>
        <source>It sends GOAWAY with the last stream ID it will process, finishes those streams, then closes</source>
        <extracomment>quiz.questions</extracomment>
        <translation>它发送带有它将处理的最后一个流 ID 的 GOAWAY，完成这些流，然后关闭</translation>
    </message>
    <message>
        <source>It sets SETTINGS_MAX_CONCURRENT_STREAMS to zero and keeps the connection forever</source>
        <extracomment>quiz.questions</extracomment>
        <translation>它把 SETTINGS_MAX_CONCURRENT_STREAMS 设为零，并永远保持连接</translation>
    </message>
    <message>
        <source>GOAWAY announces the end of a connection gracefully: streams up to the given ID are completed, and the client knows that later streams were not processed, so it can safely retry them on a new connection (to another server). Resetting or dropping streams would fail requests that were already being served.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>GOAWAY 优雅地宣告连接的结束：直到给定 ID 为止的流都会完成，而客户端知道之后的流没有被处理，因此可以在一条新连接上（到另一台服务器）安全地重试它们。重置或丢弃流会使已经在处理中的请求失败。</translation>
    </message>
    <message>
        <source>Why does HTTP/2 compress headers with HPACK instead of simply running them through gzip?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>为什么 HTTP/2 用 HPACK 压缩头部，而不是简单地让它们经过 gzip？</translation>
    </message>
    <message>
        <source>Compressing secret headers together with attacker-chosen text leaks the secrets through the compressed size (the CRIME attack), and HPACK is designed to resist that</source>
        <extracomment>quiz.questions</extracomment>
        <translation>把秘密头部与攻击者选择的文本放在一起压缩，会通过压缩后的大小泄露秘密（CRIME 攻击），而 HPACK 的设计能够抵御这种攻击</translation>
    </message>
    <message>
        <source>gzip is patented</source>
        <extracomment>quiz.questions</extracomment>
        <translation>gzip 受专利保护</translation>
    </message>
    <message>
        <source>gzip cannot compress text</source>
        <extracomment>quiz.questions</extracomment>
        <translation>gzip 无法压缩文本</translation>
    </message>
    <message>
        <source>HPACK encrypts the headers and gzip does not</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HPACK 会加密头部，而 gzip 不会</translation>
    </message>
    <message>
        <source>HPACK replaces fields with indexes into a static table of common fields and a dynamic table of fields sent earlier on the connection, and Huffman-codes the literals; senders can mark sensitive fields never to be indexed. Repeated fields such as cookies, user agent and authority shrink to a byte or two. HPACK does not encrypt anything: TLS does.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HPACK 用索引代替字段，这些索引指向一个常用字段的静态表和一个记录该连接上先前发送的字段的动态表，并对字面值进行 Huffman 编码；发送方可以把敏感字段标记为永不索引。Cookie、用户代理和 authority 之类的重复字段会缩小到一两个字节。HPACK 不加密任何东西：加密由 TLS 负责。</translation>
    </message>
    <message>
        <source>Which HTTP/2 stream IDs may a client open?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>客户端可以打开哪些 HTTP/2 流 ID？</translation>
    </message>
    <message>
        <source>Even numbers, starting at 2</source>
        <extracomment>quiz.questions</extracomment>
        <translation>偶数，从 2 开始</translation>
    </message>
    <message>
        <source>Any number not currently in use</source>
        <extracomment>quiz.questions</extracomment>
        <translation>任何当前未使用的数字</translation>
    </message>
    <message>
        <source>Only stream 0</source>
        <extracomment>quiz.questions</extracomment>
        <translation>只有流 0</translation>
    </message>
    <message>
        <source>Odd numbers, each higher than the last (1, 3, 5, ...)</source>
        <extracomment>quiz.questions</extracomment>
        <translation>奇数，每个都比上一个大（1、3、5……）</translation>
    </message>
    <message>
        <source>Streams the client opens are odd and must increase; even IDs belong to streams the server opens for push; stream 0 is the connection itself and carries SETTINGS, PING, GOAWAY and the connection-wide WINDOW_UPDATE. When IDs run out, the client opens a new connection.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>客户端打开的流是奇数，并且必须递增；偶数 ID 属于服务器为推送而打开的流；流 0 是连接本身，承载 SETTINGS、PING、GOAWAY 以及整个连接范围的 WINDOW_UPDATE。ID 用完时，客户端会打开一条新连接。</translation>
    </message>
    <message>
        <source>A slow HTTP/2 client cannot keep up with a large download on one stream. What stops the server from flooding its buffers?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一个慢速的 HTTP/2 客户端跟不上一个流上的大型下载。是什么阻止服务器塞满它的缓冲区？</translation>
    </message>
    <message>
        <source>The PRIORITY frame</source>
        <extracomment>quiz.questions</extracomment>
        <translation>PRIORITY 帧</translation>
    </message>
    <message>
        <source>Flow control: the server may only send as many DATA bytes as the receiver&apos;s window allows, and the receiver opens it with WINDOW_UPDATE</source>
        <extracomment>quiz.questions</extracomment>
        <translation>流量控制：服务器只能发送接收方窗口所允许的 DATA 字节数，而接收方通过 WINDOW_UPDATE 打开窗口</translation>
    </message>
    <message>
        <source>An RST_STREAM after every frame</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每个帧之后发送一个 RST_STREAM</translation>
    </message>
    <message>
        <source>Nothing but TCP&apos;s congestion window</source>
        <extracomment>quiz.questions</extracomment>
        <translation>只有 TCP 的拥塞窗口</translation>
    </message>
    <message>
        <source>HTTP/2 has credit-based flow control per stream and for the whole connection, each starting at 65,535 bytes. Only DATA frames count against it. The receiver grants more with WINDOW_UPDATE as it consumes data, so one greedy stream cannot fill the buffers the other streams need. TCP&apos;s congestion window protects the network, not the receiving application.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/2 有基于信用的流量控制，针对每个流和整个连接，初始值都是 65,535 字节。只有 DATA 帧计入其中。接收方在消费数据的同时通过 WINDOW_UPDATE 授予更多额度，因此一个贪婪的流无法占满其他流所需的缓冲区。TCP 的拥塞窗口保护的是网络，而不是接收方的应用程序。</translation>
    </message>
    <message>
        <source>How do a browser and a server agree to speak HTTP/2 over TLS?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>浏览器和服务器如何商定在 TLS 上使用 HTTP/2？</translation>
    </message>
    <message>
        <source>With an Upgrade h2 header on a first HTTP/1.1 request</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在第一个 HTTP/1.1 请求上使用 Upgrade h2 头部</translation>
    </message>
    <message>
        <source>The browser tries HTTP/2 and falls back to HTTP/1.1 on an error</source>
        <extracomment>quiz.questions</extracomment>
        <translation>浏览器先尝试 HTTP/2，出错时回退到 HTTP/1.1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate lists the protocols it supports</source>
        <extracomment>quiz.questions</extracomment>
        <translation>服务器的证书列出了它支持的协议</translation>
    </message>
    <message>
        <source>With ALPN: the ClientHello offers h2 and http/1.1, and the server picks one during the handshake</source>
        <extracomment>quiz.questions</extracomment>
        <translation>通过 ALPN：ClientHello 提供 h2 和 http/1.1，服务器在握手期间选择其中之一</translation>
    </message>
    <message>
        <source>Application-Layer Protocol Negotiation settles the protocol inside the TLS handshake at no extra cost. Without TLS (h2c), RFC 9113 keeps only prior knowledge, where the client simply starts with the connection preface; the old HTTP/1.1 Upgrade route is deprecated, and browsers never speak h2c at all.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>应用层协议协商（Application-Layer Protocol Negotiation）在 TLS 握手内部确定协议，没有额外开销。不使用 TLS 时（h2c），RFC 9113 只保留了先验知识方式，即客户端直接以连接前言开始；旧的 HTTP/1.1 Upgrade 方式已被弃用，而浏览器根本不使用 h2c。</translation>
    </message>
    <message>
        <source>You move a site from HTTP/1.1 to HTTP/2. Which HTTP/1.1-era optimisation now tends to hurt?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>你把一个网站从 HTTP/1.1 迁移到 HTTP/2。哪种 HTTP/1.1 时代的优化现在往往会起反作用？</translation>
    </message>
    <message>
        <source>Compressing response bodies</source>
        <extracomment>quiz.questions</extracomment>
        <translation>压缩响应正文</translation>
    </message>
    <message>
        <source>Caching static files with long lifetimes</source>
        <extracomment>quiz.questions</extracomment>
        <translation>以较长的有效期缓存静态文件</translation>
    </message>
    <message>
        <source>Domain sharding: spreading the files over several host names</source>
        <extracomment>quiz.questions</extracomment>
        <translation>域名分片：把文件分散到多个主机名上</translation>
    </message>
    <message>
        <source>Serving static files from a CDN</source>
        <extracomment>quiz.questions</extracomment>
        <translation>从 CDN 提供静态文件</translation>
    </message>
    <message>
        <source>Sharding existed to get past the six connections per host. With HTTP/2, one connection already carries every request in parallel, and each extra host name costs a DNS lookup, a TCP and a TLS handshake, its own slow start and its own HPACK tables. Sprites and concatenated bundles lose much of their point for the same reason.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>分片的存在是为了突破每个主机六条连接的限制。使用 HTTP/2 时，一条连接就已经能并行承载所有请求，而每多一个主机名，都要付出一次 DNS 查询、一次 TCP 握手和一次 TLS 握手、各自的慢启动以及各自的 HPACK 表。出于同样的原因，雪碧图和合并打包也失去了大部分意义。</translation>
    </message>
    <message>
        <source>What does &quot;binary framing&quot; mean in HTTP/2?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/2 中的“二进制分帧”是什么意思？</translation>
    </message>
    <message>
        <source>Every message is cut into frames that start with a fixed 9-byte header (length, type, flags, stream ID) instead of lines of text</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每条消息都被切分成帧，每帧以固定的 9 字节头部（长度、类型、标志、流 ID）开头，而不是一行行文本</translation>
    </message>
    <message>
        <source>Bodies must be binary, so JSON is not allowed</source>
        <extracomment>quiz.questions</extracomment>
        <translation>正文必须是二进制的，因此不允许使用 JSON</translation>
    </message>
    <message>
        <source>Headers are encrypted with a binary key</source>
        <extracomment>quiz.questions</extracomment>
        <translation>头部用一个二进制密钥加密</translation>
    </message>
    <message>
        <source>Each frame travels in a TCP segment of its own</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每个帧都在自己单独的 TCP 报文段中传输</translation>
    </message>
    <message>
        <source>The fixed frame header lets a receiver find frame boundaries without parsing text and mix frames of many streams on one connection. Header lists travel HPACK-encoded in HEADERS (and CONTINUATION) frames, bodies in DATA frames. How frames map onto TCP segments is TCP&apos;s business.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>固定的帧头部让接收方无需解析文本就能找到帧的边界，并在一条连接上混合多个流的帧。头部列表经 HPACK 编码后在 HEADERS（和 CONTINUATION）帧中传输，正文则在 DATA 帧中传输。帧如何映射到 TCP 报文段是 TCP 的事。</translation>
    </message>
    <message>
        <source>HTTP/2 adds 9-byte frame headers and control frames (SETTINGS, WINDOW_UPDATE, GOAWAY) that HTTP/1.1 does not have. On a page of 20 objects, does that framing eat up what HPACK saves on headers?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/2 增加了 HTTP/1.1 所没有的 9 字节帧头部和控制帧（SETTINGS、WINDOW_UPDATE、GOAWAY）。在一个包含 20 个对象的页面上，这些分帧开销会抵消 HPACK 在头部上节省的字节吗？</translation>
    </message>
    <message>
        <source>No: the framing costs less than HPACK saves</source>
        <extracomment>quiz.questions</extracomment>
        <translation>不会：分帧的开销少于 HPACK 节省的字节</translation>
    </message>
    <message>
        <source>Yes: the framing costs at least as much as HPACK saves</source>
        <extracomment>quiz.questions</extracomment>
        <translation>会：分帧的开销至少与 HPACK 节省的字节一样多</translation>
    </message>
    <message>
        <source>HTTP/2 spent {b.framingBytes} bytes on framing, while its header blocks took {b.headerBytes} bytes against {a.headerBytes} bytes of HTTP/1.1 heads: a saving of {a.headerBytes - b.headerBytes} bytes. A frame header costs 9 bytes; a repeated header list costs a few bytes in HPACK against a few hundred as text.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/2 在分帧上花费了 {b.framingBytes} 字节，而它的头部块占用了 {b.headerBytes} 字节，HTTP/1.1 的头部则为 {a.headerBytes} 字节：节省了 {a.headerBytes - b.headerBytes} 字节。一个帧头部花费 9 字节；一个重复的头部列表在 HPACK 中只需几个字节，而作为文本则要几百个字节。</translation>
    </message>
    <message>
        <source>At 3 % loss, which side has more segments held back behind a lost one?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在 3 % 丢包率下，哪一侧有更多的报文段被阻塞在丢失的报文段后面？</translation>
    </message>
    <message>
        <source>HTTP/1.1, because it has more connections on which to lose segments</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/1.1，因为它有更多的连接可能丢失报文段</translation>
    </message>
    <message>
        <source>HTTP/2, because all its streams share one TCP connection</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/2，因为它的所有流共享一条 TCP 连接</translation>
    </message>
    <message>
        <source>Neither: they hold back the same number</source>
        <extracomment>quiz.questions</extracomment>
        <translation>都不是：两侧被阻塞的数量相同</translation>
    </message>
    <message>
        <source>HTTP/1.1 lost {a.segmentsLost} segment(s) and held back {a.segmentsBlocked}; HTTP/2 lost {b.segmentsLost} and held back {b.segmentsBlocked}. On a single connection, everything that arrives after a loss waits for the retransmission, whichever stream it belongs to, while HTTP/1.1&apos;s separate connections keep a loss local to one of them. Where the losses fall decides the outcome of one run: try other seeds.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/1.1 丢失了 {a.segmentsLost} 个报文段，阻塞了 {a.segmentsBlocked} 个；HTTP/2 丢失了 {b.segmentsLost} 个，阻塞了 {b.segmentsBlocked} 个。在单条连接上，丢包之后到达的所有数据都要等待重传，无论它属于哪个流；而 HTTP/1.1 的各条连接相互独立，丢包只影响其中一条。一次运行的结果取决于丢包落在何处：试试其他随机种子。</translation>
    </message>
    <message>
        <source>At 100 ms RTT, does HTTP/2 get the first byte of the page noticeably sooner than HTTP/1.1 (by a quarter of a round trip or more)?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在 100 ms RTT 下，HTTP/2 收到页面第一个字节是否明显早于 HTTP/1.1（早四分之一个往返或更多）？</translation>
    </message>
    <message>
        <source>Yes, noticeably sooner</source>
        <extracomment>quiz.questions</extracomment>
        <translation>是的，明显更早</translation>
    </message>
    <message>
        <source>No, about the same</source>
        <extracomment>quiz.questions</extracomment>
        <translation>不，大致相同</translation>
    </message>
    <message>
        <source>No, HTTP/1.1 is noticeably sooner</source>
        <extracomment>quiz.questions</extracomment>
        <translation>不，HTTP/1.1 明显更早</translation>
    </message>
    <message>
        <source>The first byte costs the same on both: a TCP handshake, a TLS handshake and the request, {a.timeToFirstByteMs:0} ms for HTTP/1.1 against {b.timeToFirstByteMs:0} ms for HTTP/2. HTTP/2 wins on everything after it, when many requests share one connection: the whole page took {b.totalTimeMs:0} ms against {a.totalTimeMs:0} ms. A metric that only counts the first byte would miss the difference.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>第一个字节在两侧的代价相同：一次 TCP 握手、一次 TLS 握手和请求，HTTP/1.1 为 {a.timeToFirstByteMs:0} ms，HTTP/2 为 {b.timeToFirstByteMs:0} ms。HTTP/2 赢在此后的一切，即许多请求共享一条连接时：整个页面用时 {b.totalTimeMs:0} ms，而 HTTP/1.1 为 {a.totalTimeMs:0} ms。只统计第一个字节的指标会漏掉这一差异。</translation>
    </message>
    <message>
        <source>What does a PUSH_PROMISE frame carry?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>PUSH_PROMISE 帧携带什么？</translation>
    </message>
    <message>
        <source>The pushed response&apos;s body</source>
        <extracomment>quiz.questions</extracomment>
        <translation>被推送响应的正文</translation>
    </message>
    <message>
        <source>The request headers the server answers as if the client had sent them, and the ID of the new stream that will carry the response</source>
        <extracomment>quiz.questions</extracomment>
        <translation>服务器当作客户端已发送而应答的请求头部，以及将承载该响应的新流的 ID</translation>
    </message>
    <message>
        <source>A promise to send a WINDOW_UPDATE later</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一个稍后发送 WINDOW_UPDATE 的承诺</translation>
    </message>
    <message>
        <source>A list of URLs the client should request next</source>
        <extracomment>quiz.questions</extracomment>
        <translation>客户端接下来应请求的 URL 列表</translation>
    </message>
    <message>
        <source>The server sends PUSH_PROMISE on the stream of the client&apos;s original request, with a complete request header block and a promised, even-numbered stream ID. The response then arrives on the promised stream like any other, as HEADERS and DATA. Sending the promise before the page body tells the client not to request that object itself.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>服务器在客户端原始请求所在的流上发送 PUSH_PROMISE，其中包含一个完整的请求头部块和一个承诺的偶数流 ID。随后，响应像其他响应一样，以 HEADERS 和 DATA 的形式在承诺的流上到达。在页面正文之前发送承诺，是为了告诉客户端不要自己再去请求那个对象。</translation>
    </message>
    <message>
        <source>Before server push, sites saved the round trip for small critical CSS by inlining it into the HTML. What is inlining&apos;s main drawback, which push was meant to avoid?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在服务器推送出现之前，网站通过把小型关键 CSS 内联到 HTML 中来节省往返。内联的主要缺点是什么（推送本想避免它）？</translation>
    </message>
    <message>
        <source>Inlined CSS is not encrypted</source>
        <extracomment>quiz.questions</extracomment>
        <translation>内联的 CSS 不会被加密</translation>
    </message>
    <message>
        <source>The inlined bytes cannot be cached separately, so every page view downloads them again</source>
        <extracomment>quiz.questions</extracomment>
        <translation>内联的字节无法单独缓存，因此每次浏览页面都要重新下载它们</translation>
    </message>
    <message>
        <source>Browsers ignore inlined CSS</source>
        <extracomment>quiz.questions</extracomment>
        <translation>浏览器会忽略内联的 CSS</translation>
    </message>
    <message>
        <source>It needs a WebSocket</source>
        <extracomment>quiz.questions</extracomment>
        <translation>它需要一个 WebSocket</translation>
    </message>
    <message>
        <source>Inlining, like push, sends a resource without waiting for the client to ask, but it welds the resource into each HTML response, so the browser cache cannot reuse it. Push kept the resource separately cacheable, yet could not know what was already cached; 103 Early Hints now lets the browser decide what to fetch early.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>内联和推送一样，不等客户端请求就发送资源，但它把资源焊死在每个 HTML 响应中，因此浏览器缓存无法复用它。推送让资源仍可单独缓存，却无法知道哪些已经被缓存；现在 103 Early Hints 让浏览器自己决定提前获取什么。</translation>
    </message>
    <message>
        <source>How can an HTTP/2 client keep a server from pushing?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/2 客户端如何阻止服务器推送？</translation>
    </message>
    <message>
        <source>Send GOAWAY after each response</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在每个响应之后发送 GOAWAY</translation>
    </message>
    <message>
        <source>Leave out the Accept header</source>
        <extracomment>quiz.questions</extracomment>
        <translation>省略 Accept 头部</translation>
    </message>
    <message>
        <source>It cannot: every HTTP/2 server may push</source>
        <extracomment>quiz.questions</extracomment>
        <translation>做不到：每个 HTTP/2 服务器都可以推送</translation>
    </message>
    <message>
        <source>Send SETTINGS_ENABLE_PUSH set to 0, or reset unwanted pushed streams with RST_STREAM</source>
        <extracomment>quiz.questions</extracomment>
        <translation>发送值为 0 的 SETTINGS_ENABLE_PUSH，或者用 RST_STREAM 重置不需要的推送流</translation>
    </message>
    <message>
        <source>A server may push only while the client&apos;s SETTINGS_ENABLE_PUSH is 1, the default. A client that already has the resource can cancel the promised stream with RST_STREAM (error code CANCEL), although some of its data may already be on the way.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>只有当客户端的 SETTINGS_ENABLE_PUSH 为 1（默认值）时，服务器才可以推送。已经拥有该资源的客户端可以用 RST_STREAM（错误码 CANCEL）取消被承诺的流，不过其中一部分数据可能已经在路上了。</translation>
    </message>
    <message>
        <source>A candidate proposes HTTP/2 server push to deliver chat messages to browsers as they happen. What is wrong with that?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一位应聘者提议用 HTTP/2 服务器推送把聊天消息实时传递给浏览器。这有什么问题？</translation>
    </message>
    <message>
        <source>Push only attaches extra responses to a request the client made, for the browser&apos;s cache; the page&apos;s code never receives them as messages</source>
        <extracomment>quiz.questions</extracomment>
        <translation>推送只是把额外的响应附加到客户端发出的某个请求上，供浏览器缓存使用；页面的代码永远不会以消息的形式收到它们</translation>
    </message>
    <message>
        <source>Nothing: that is what push was designed for</source>
        <extracomment>quiz.questions</extracomment>
        <translation>没问题：推送正是为此而设计的</translation>
    </message>
    <message>
        <source>Push works only for images</source>
        <extracomment>quiz.questions</extracomment>
        <translation>推送只适用于图片</translation>
    </message>
    <message>
        <source>A pushed response cannot exceed 16 KB</source>
        <extracomment>quiz.questions</extracomment>
        <translation>被推送的响应不能超过 16 KB</translation>
    </message>
    <message>
        <source>A pushed response belongs to an open client request and lands in the browser&apos;s push cache, where it is used only if the page later asks for that URL. For messages the application consumes as they happen, use WebSockets, server-sent events or long polling.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>被推送的响应隶属于一个打开的客户端请求，并进入浏览器的推送缓存，只有当页面之后请求该 URL 时才会被使用。对于应用需要实时消费的消息，应使用 WebSocket、Server-Sent Events 或长轮询。</translation>
    </message>
    <message>
        <source>On which stream does the server send a PUSH_PROMISE frame?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>服务器在哪个流上发送 PUSH_PROMISE 帧？</translation>
    </message>
    <message>
        <source>On stream 0</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在流 0 上</translation>
    </message>
    <message>
        <source>On the new, even-numbered stream it promises</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在它所承诺的新的偶数流上</translation>
    </message>
    <message>
        <source>On the stream of the client request the pushed resource belongs to</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在被推送资源所属的那个客户端请求的流上</translation>
    </message>
    <message>
        <source>On any idle stream the server chooses</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在服务器选择的任意空闲流上</translation>
    </message>
    <message>
        <source>The promise travels on the client-initiated stream it relates to (the page&apos;s stream 1, for instance), which ties the pushed resource to that request. The promised stream ID inside the frame names the even-numbered stream that will then carry the response. Stream 0 carries only connection-wide frames.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>承诺在与之相关的、由客户端发起的流上传输（例如页面的流 1），从而把被推送的资源与该请求联系起来。帧中的承诺流 ID 指明随后将承载响应的那个偶数流。流 0 只承载整个连接范围的帧。</translation>
    </message>
    <message>
        <source>The page lists 10 objects and B&apos;s server pushes them. How many PUSH_PROMISE frames reach B&apos;s client?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>页面列出了 10 个对象，B 的服务器推送了它们。有多少个 PUSH_PROMISE 帧到达 B 的客户端？</translation>
    </message>
    <message>
        <source>frames</source>
        <extracomment>quiz.questions
----------
websockets.lesson</extracomment>
        <translation>个帧</translation>
    </message>
    <message>
        <source>The server promises each object once, before sending the page body: {count(b, &quot;http2.PUSH_PROMISE client&quot;)} promises, and {b.objectsPushed} of the {b.objectsCompleted} objects arrived pushed. Each promise costs only a small HPACK-encoded header block, since the request headers of the objects are nearly identical.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>服务器在发送页面正文之前，对每个对象承诺一次：共 {count(b, &quot;http2.PUSH_PROMISE client&quot;)} 个承诺，{b.objectsCompleted} 个对象中有 {b.objectsPushed} 个是以推送方式到达的。每个承诺只花费一个很小的 HPACK 编码头部块，因为这些对象的请求头部几乎完全相同。</translation>
    </message>
    <message>
        <source>B&apos;s server pushes the page&apos;s 10 objects. How many bytes do all its PUSH_PROMISE frames take together, frame headers included?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>B 的服务器推送了页面的 10 个对象。它的所有 PUSH_PROMISE 帧加在一起（包括帧头部）占用多少字节？</translation>
    </message>
    <message>
        <source>{count(b, &quot;http2.PUSH_PROMISE client&quot;)} promises took {bytes(b, &quot;http2.PUSH_PROMISE client&quot;)} bytes in all. Each carries a complete request header block, but HPACK reduces the fields repeated from one promise to the next to table indexes, so after the first promise each costs little more than its 9-byte frame header, the 4-byte promised stream ID and the path.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>{count(b, &quot;http2.PUSH_PROMISE client&quot;)} 个承诺总共占用了 {bytes(b, &quot;http2.PUSH_PROMISE client&quot;)} 字节。每个承诺都携带一个完整的请求头部块，但 HPACK 会把从一个承诺到下一个承诺重复出现的字段缩减为表索引，因此在第一个承诺之后，每个承诺的花费只比它的 9 字节帧头部、4 字节的承诺流 ID 和路径多一点点。</translation>
    </message>
    <message>
        <source>On which stream IDs do B&apos;s pushed responses arrive?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>B 的被推送响应在哪些流 ID 上到达？</translation>
    </message>
    <message>
        <source>Odd IDs, like the client&apos;s own requests</source>
        <extracomment>quiz.questions</extracomment>
        <translation>奇数 ID，和客户端自己的请求一样</translation>
    </message>
    <message>
        <source>Even IDs (2, 4, 6, ...), opened by the server</source>
        <extracomment>quiz.questions</extracomment>
        <translation>偶数 ID（2、4、6……），由服务器打开</translation>
    </message>
    <message>
        <source>Streams the server opens are even-numbered, so they can never collide with the client&apos;s odd ones. The page&apos;s response came on stream 1 and the first pushed response on stream 2 ({count(b, &quot;http2.HEADERS client s2c stream=2&quot;)} response HEADERS on it); the PUSH_PROMISE frames themselves travelled on stream 1, the page&apos;s stream.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>服务器打开的流是偶数编号的，因此永远不会与客户端的奇数流冲突。页面的响应在流 1 上到达，第一个被推送的响应在流 2 上到达（其上有 {count(b, &quot;http2.HEADERS client s2c stream=2&quot;)} 个响应 HEADERS）；而 PUSH_PROMISE 帧本身是在页面的流，即流 1 上传输的。</translation>
    </message>
    <message>
        <source>Which request may an HTTP/2 server promise in a PUSH_PROMISE?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/2 服务器可以在 PUSH_PROMISE 中承诺哪种请求？</translation>
    </message>
    <message>
        <source>A POST with the form the user is about to submit</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一个带有用户即将提交的表单的 POST</translation>
    </message>
    <message>
        <source>Any request, for any domain</source>
        <extracomment>quiz.questions</extracomment>
        <translation>任何请求，任何域名</translation>
    </message>
    <message>
        <source>Only the HTML document that was requested</source>
        <extracomment>quiz.questions</extracomment>
        <translation>只能是被请求的那个 HTML 文档</translation>
    </message>
    <message>
        <source>A safe, cacheable request without a body, such as a GET, for an origin the server is authoritative for</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一个安全、可缓存且不带正文的请求（例如 GET），并且针对服务器具有权威性的源</translation>
    </message>
    <message>
        <source>RFC 9113 only allows promised requests that are cacheable and safe and carry no content, and the server must be authoritative for the pushed URL (its certificate covers the host). A client rejects any other promise as a protocol error. That keeps push a cache-filling tool, never a way to act on the user&apos;s behalf.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>RFC 9113 只允许承诺可缓存、安全且不携带内容的请求，而且服务器必须对被推送的 URL 具有权威性（其证书覆盖该主机）。客户端会把其他任何承诺当作协议错误拒绝。这使推送始终只是填充缓存的工具，而绝不能代表用户执行操作。</translation>
    </message>
    <message>
        <source>How does a browser open a WebSocket?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>浏览器如何打开一个 WebSocket？</translation>
    </message>
    <message>
        <source>A TCP connection straight to port 443, starting with a magic string</source>
        <extracomment>quiz.questions</extracomment>
        <translation>直接建立到 443 端口的 TCP 连接，并以一个魔术字符串开头</translation>
    </message>
    <message>
        <source>An HTTP/1.1 GET with Upgrade websocket, Connection Upgrade and a Sec-WebSocket-Key, answered by 101 Switching Protocols</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一个带有 Upgrade websocket、Connection Upgrade 和 Sec-WebSocket-Key 的 HTTP/1.1 GET，以 101 Switching Protocols 应答</translation>
    </message>
    <message>
        <source>An HTTP POST whose body never ends</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一个正文永不结束的 HTTP POST</translation>
    </message>
    <message>
        <source>A DNS lookup for a WebSocket record</source>
        <extracomment>quiz.questions</extracomment>
        <translation>对 WebSocket 记录进行一次 DNS 查询</translation>
    </message>
    <message>
        <source>The opening handshake is an ordinary HTTP request, so it passes proxies and load balancers and can carry cookies and authorisation headers. After the 101 response, the same TCP (and TLS) connection carries WebSocket frames in both directions. Over HTTP/2, RFC 8441 uses an extended CONNECT request on a stream instead.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>打开握手是一个普通的 HTTP 请求，因此它能通过代理和负载均衡器，并且可以携带 Cookie 和授权头部。在 101 响应之后，同一条 TCP（和 TLS）连接在两个方向上承载 WebSocket 帧。在 HTTP/2 上，RFC 8441 改为在一个流上使用扩展的 CONNECT 请求。</translation>
    </message>
    <message>
        <source>A client and a server must agree on the message format they speak over a WebSocket, such as STOMP or graphql-ws. Where is that negotiated?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>客户端和服务器必须就它们在 WebSocket 上使用的消息格式（例如 STOMP 或 graphql-ws）达成一致。这在哪里协商？</translation>
    </message>
    <message>
        <source>In the opcode of the first frame</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在第一个帧的操作码中</translation>
    </message>
    <message>
        <source>In the Sec-WebSocket-Protocol header of the upgrade request and response</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在升级请求和响应的 Sec-WebSocket-Protocol 头部中</translation>
    </message>
    <message>
        <source>In ALPN during the TLS handshake</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在 TLS 握手期间的 ALPN 中</translation>
    </message>
    <message>
        <source>It cannot be negotiated; WebSocket messages are always JSON</source>
        <extracomment>quiz.questions</extracomment>
        <translation>无法协商；WebSocket 消息总是 JSON</translation>
    </message>
    <message>
        <source>The client lists the subprotocols it speaks in Sec-WebSocket-Protocol, and the server echoes the one it picks in its 101 response. WebSocket itself only moves text and binary messages; what they mean is up to the application or the subprotocol. ALPN chooses the protocol of the TLS connection (http/1.1 for a WebSocket upgrade), not the messages on top.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>客户端在 Sec-WebSocket-Protocol 中列出它支持的子协议，服务器在其 101 响应中回显它选中的那一个。WebSocket 本身只传输文本消息和二进制消息；它们的含义由应用或子协议决定。ALPN 选择的是 TLS 连接的协议（WebSocket 升级时为 http/1.1），而不是其上的消息。</translation>
    </message>
    <message>
        <source>Your game sends Protobuf-encoded state over a WebSocket. Which kind of frame should carry it?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>你的游戏通过 WebSocket 发送 Protobuf 编码的状态。应该用哪种帧来承载它？</translation>
    </message>
    <message>
        <source>Text frames (opcode 1), base64-encoded</source>
        <extracomment>quiz.questions</extracomment>
        <translation>文本帧（操作码 1），经 base64 编码</translation>
    </message>
    <message>
        <source>Binary frames (opcode 2)</source>
        <extracomment>quiz.questions</extracomment>
        <translation>二进制帧（操作码 2）</translation>
    </message>
    <message>
        <source>Ping frames (opcode 9)</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Ping 帧（操作码 9）</translation>
    </message>
    <message>
        <source>Continuation frames (opcode 0) only</source>
        <extracomment>quiz.questions</extracomment>
        <translation>只用延续帧（操作码 0）</translation>
    </message>
    <message>
        <source>Text frames must carry valid UTF-8, so binary data would have to be base64-encoded, a third larger. Binary frames carry any bytes. Ping frames are control frames limited to 125 bytes and meant for keep-alive, and continuation frames only continue a message that a text or binary frame started.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>文本帧必须承载有效的 UTF-8，因此二进制数据必须经过 base64 编码，体积会增大三分之一。二进制帧可以承载任意字节。Ping 帧是限制在 125 字节以内的控制帧，用于保活；而延续帧只能延续由文本帧或二进制帧开始的消息。</translation>
    </message>
    <message>
        <source>A server sends a 100-byte text message over a WebSocket. How big is the frame header?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>服务器通过 WebSocket 发送一条 100 字节的文本消息。帧头部有多大？</translation>
    </message>
    <message>
        <source>6 bytes</source>
        <extracomment>quiz.questions</extracomment>
        <translation>6 字节</translation>
    </message>
    <message>
        <source>2 bytes</source>
        <extracomment>quiz.questions</extracomment>
        <translation>2 字节</translation>
    </message>
    <message>
        <source>9 bytes</source>
        <extracomment>quiz.questions</extracomment>
        <translation>9 字节</translation>
    </message>
    <message>
        <source>About 200 bytes, like an HTTP response head</source>
        <extracomment>quiz.questions</extracomment>
        <translation>约 200 字节，和 HTTP 响应头一样</translation>
    </message>
    <message>
        <source>The first byte holds FIN, three reserved bits and the opcode; the second the mask bit and a 7-bit length, enough for payloads up to 125 bytes. Longer payloads add 2 or 8 length bytes, and frames from a client add a 4-byte masking key, so the same message from a browser has a 6-byte header. 9 bytes is the size of an HTTP/2 frame header.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>第一个字节包含 FIN、三个保留位和操作码；第二个字节包含掩码位和一个 7 位长度，足以表示最多 125 字节的载荷。更长的载荷要增加 2 或 8 个长度字节，而来自客户端的帧还要增加一个 4 字节的掩码键，因此浏览器发出的同一条消息有 6 字节的头部。9 字节是 HTTP/2 帧头部的大小。</translation>
    </message>
    <message>
        <source>Why do WebSocket servers send ping frames on quiet connections?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>为什么 WebSocket 服务器要在空闲的连接上发送 ping 帧？</translation>
    </message>
    <message>
        <source>To measure the client&apos;s CPU load</source>
        <extracomment>quiz.questions</extracomment>
        <translation>为了测量客户端的 CPU 负载</translation>
    </message>
    <message>
        <source>To ask the client to resend lost messages</source>
        <extracomment>quiz.questions</extracomment>
        <translation>为了要求客户端重新发送丢失的消息</translation>
    </message>
    <message>
        <source>To notice dead peers, and to keep proxies and NAT devices from dropping an idle connection</source>
        <extracomment>quiz.questions</extracomment>
        <translation>为了发现失效的对端，并防止代理和 NAT 设备丢弃空闲的连接</translation>
    </message>
    <message>
        <source>Because TCP cannot keep a connection open without data</source>
        <extracomment>quiz.questions</extracomment>
        <translation>因为没有数据时 TCP 无法保持连接打开</translation>
    </message>
    <message>
        <source>A ping must be answered by a pong with the same payload. A missing pong tells the server the client is gone (a laptop lid closed, a phone in a tunnel) so it can free the connection; the traffic also keeps middleboxes with idle timeouts from cutting it. Resending lost data is TCP&apos;s job.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>ping 必须由带有相同载荷的 pong 应答。收不到 pong 就说明客户端已经不在了（笔记本合上了盖子，手机进了隧道），服务器于是可以释放该连接；这些流量也能防止带有空闲超时的中间设备切断连接。重新发送丢失的数据是 TCP 的工作。</translation>
    </message>
    <message>
        <source>How can one WebSocket message span several frames?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一条 WebSocket 消息如何跨越多个帧？</translation>
    </message>
    <message>
        <source>The first frame has the message&apos;s opcode and FIN cleared, the next ones are continuation frames, and the last one sets FIN</source>
        <extracomment>quiz.questions</extracomment>
        <translation>第一个帧带有消息的操作码且 FIN 清零，后续的帧是延续帧，最后一个帧设置 FIN</translation>
    </message>
    <message>
        <source>Each frame repeats the whole message, and the receiver keeps the last one</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每个帧都重复整条消息，接收方保留最后一个</translation>
    </message>
    <message>
        <source>The frames are numbered in a sequence field of the header</source>
        <extracomment>quiz.questions</extracomment>
        <translation>这些帧通过头部中的序号字段编号</translation>
    </message>
    <message>
        <source>It cannot: a message always fits in one frame</source>
        <extracomment>quiz.questions</extracomment>
        <translation>做不到：一条消息总是能装进一个帧</translation>
    </message>
    <message>
        <source>The FIN bit marks the last frame of a message, and opcode 0 marks a continuation. That lets a sender stream a message of unknown length. Control frames (ping, pong, close) may be sent in the middle of a fragmented message, but are never fragmented themselves.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>FIN 位标记消息的最后一个帧，操作码 0 标记延续帧。这让发送方可以流式发送长度未知的消息。控制帧（ping、pong、close）可以在分片消息的中间发送，但它们本身永远不会被分片。</translation>
    </message>
    <message>
        <source>For B&apos;s WebSocket ticker, which costs more bytes in all: the HTTP heads of the two upgrades, or the headers of every WebSocket frame sent afterwards?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>对于 B 的 WebSocket 行情源，哪一项总共花费的字节更多：两次升级的 HTTP 头部，还是之后发送的所有 WebSocket 帧的头部？</translation>
    </message>
    <message>
        <source>The headers of all the frames</source>
        <extracomment>quiz.questions</extracomment>
        <translation>所有帧的头部</translation>
    </message>
    <message>
        <source>The HTTP heads of the upgrades</source>
        <extracomment>quiz.questions</extracomment>
        <translation>升级的 HTTP 头部</translation>
    </message>
    <message>
        <source>The upgrades cost {b.polling.httpHeadBytes} bytes of HTTP heads, once per connection; the {b.polling.webSocketFrames} frames that followed cost {b.polling.frameHeaderBytes} bytes of headers together, a few bytes each. The handshake is a fixed price paid at connect time, so the longer a connection lives and the more it carries, the cheaper each update becomes.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>升级花费了 {b.polling.httpHeadBytes} 字节的 HTTP 头部，每个连接只有一次；随后的 {b.polling.webSocketFrames} 个帧总共花费了 {b.polling.frameHeaderBytes} 字节的头部，每个只有几个字节。握手是连接时付出的固定代价，因此连接存在得越久、承载的内容越多，每条更新就越便宜。</translation>
    </message>
    <message>
        <source>Two chat clients exchange messages for 2 seconds. How many HTTP requests does the WebSocket side send in all?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>两个聊天客户端在 2 秒内交换消息。WebSocket 一侧总共发送了多少个 HTTP 请求？</translation>
    </message>
    <message>
        <source>requests</source>
        <extracomment>quiz.questions
----------
server-push.lesson</extracomment>
        <translation>个请求</translation>
    </message>
    <message>
        <source>Each client sends one HTTP request, its upgrade, and from then on only frames: {b.polling.httpRequests} requests and {b.polling.webSocketFrames} frames in all. Short polling needed {a.polling.httpRequests} requests for the same chat, every one with a full HTTP head each way.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每个客户端只发送一个 HTTP 请求，即它的升级请求，此后只发送帧：总共 {b.polling.httpRequests} 个请求和 {b.polling.webSocketFrames} 个帧。同样的聊天，短轮询需要 {a.polling.httpRequests} 个请求，每一个在每个方向上都带有完整的 HTTP 头部。</translation>
    </message>
    <message>
        <source>When B&apos;s chat is over, which close code do its WebSocket connections end with?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>B 的聊天结束时，它的 WebSocket 连接以哪个关闭代码结束？</translation>
    </message>
    <message>
        <source>1001, going away</source>
        <extracomment>quiz.questions</extracomment>
        <translation>1001，离开（going away）</translation>
    </message>
    <message>
        <source>1006, abnormal closure</source>
        <extracomment>quiz.questions</extracomment>
        <translation>1006，异常关闭</translation>
    </message>
    <message>
        <source>1000, normal closure</source>
        <extracomment>quiz.questions</extracomment>
        <translation>1000，正常关闭</translation>
    </message>
    <message>
        <source>The clients leave on purpose when the chat is over, so each side sends a close frame (opcode 8) and waits for the other&apos;s before TCP closes: the clients sent {count(b, &quot;websocket.Close client c2s value=1000&quot;)} close frame(s) with code 1000, and the server answered {count(b, &quot;websocket.Close client s2c value=1000&quot;)} with the same code. 1001 would mean an endpoint going away, and 1006 that the connection vanished without any close frame.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>聊天结束时，客户端是有意离开的，因此每一方都发送一个关闭帧（操作码 8），并在 TCP 关闭之前等待对方的关闭帧：客户端发送了 {count(b, &quot;websocket.Close client c2s value=1000&quot;)} 个代码为 1000 的关闭帧，服务器以相同的代码应答了 {count(b, &quot;websocket.Close client s2c value=1000&quot;)} 个。1001 表示某个端点正在离开，1006 表示连接在没有任何关闭帧的情况下消失了。</translation>
    </message>
    <message>
        <source>Your chat service runs on 10 WebSocket servers behind a load balancer. Alice is connected to server 3, Bob to server 7. How does Alice&apos;s message reach Bob?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>你的聊天服务运行在负载均衡器后面的 10 台 WebSocket 服务器上。Alice 连接到服务器 3，Bob 连接到服务器 7。Alice 的消息如何到达 Bob？</translation>
    </message>
    <message>
        <source>The load balancer copies every frame to all servers</source>
        <extracomment>quiz.questions</extracomment>
        <translation>负载均衡器把每个帧复制到所有服务器</translation>
    </message>
    <message>
        <source>Alice&apos;s browser opens a second WebSocket, to server 7</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Alice 的浏览器打开第二个 WebSocket，连接到服务器 7</translation>
    </message>
    <message>
        <source>Server 3 publishes it to a shared pub/sub channel (Redis, Kafka, NATS) that server 7 is subscribed to</source>
        <extracomment>quiz.questions</extracomment>
        <translation>服务器 3 把它发布到一个共享的发布/订阅通道（Redis、Kafka、NATS），而服务器 7 订阅了该通道</translation>
    </message>
    <message>
        <source>It cannot: users who talk to each other must be on the same server</source>
        <extracomment>quiz.questions</extracomment>
        <translation>做不到：彼此交谈的用户必须在同一台服务器上</translation>
    </message>
    <message>
        <source>Each WebSocket server only knows its own connections. A pub/sub backplane, or a presence service that maps users to servers plus routing between servers, fans messages out, so any server can deliver to any user and servers can be added freely.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每台 WebSocket 服务器只知道它自己的连接。发布/订阅背板，或者一个把用户映射到服务器的在线状态服务加上服务器之间的路由，负责把消息扇出，这样任何服务器都能把消息投递给任何用户，服务器也可以随意增加。</translation>
    </message>
    <message>
        <source>When do you need sticky sessions at the load balancer?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>什么时候需要在负载均衡器上使用粘性会话？</translation>
    </message>
    <message>
        <source>For every HTTPS API, because the TLS keys live on one server</source>
        <extracomment>quiz.questions</extracomment>
        <translation>对每个 HTTPS API 都需要，因为 TLS 密钥存放在一台服务器上</translation>
    </message>
    <message>
        <source>For stateless REST services, to improve caching</source>
        <extracomment>quiz.questions</extracomment>
        <translation>对无状态的 REST 服务，以改善缓存</translation>
    </message>
    <message>
        <source>When a client&apos;s successive requests must reach the server that keeps its state in memory, as with long polling that buffers per-client messages</source>
        <extracomment>quiz.questions</extracomment>
        <translation>当客户端的连续请求必须到达在内存中保存其状态的那台服务器时，例如为每个客户端缓冲消息的长轮询</translation>
    </message>
    <message>
        <source>Never: load balancers cannot do it</source>
        <extracomment>quiz.questions</extracomment>
        <translation>永远不需要：负载均衡器做不到这一点</translation>
    </message>
    <message>
        <source>A WebSocket is a single long-lived connection, so it stays on one server by nature. Protocols made of many requests (long polling, or Socket.IO&apos;s polling phase before it upgrades) need every request to reach the same server, unless that state moves to a shared store. Stateless REST should avoid stickiness, because it unbalances the load.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>WebSocket 是一条长期存在的单一连接，因此它天然地停留在一台服务器上。由许多请求组成的协议（长轮询，或者 Socket.IO 在升级之前的轮询阶段）需要每个请求都到达同一台服务器，除非把该状态移到共享存储中。无状态的 REST 应避免粘性，因为它会使负载失衡。</translation>
    </message>
    <message>
        <source>Why is a stateless HTTP API easy to scale horizontally?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>为什么无状态的 HTTP API 易于水平扩展？</translation>
    </message>
    <message>
        <source>Any instance can handle any request, so instances can be added, removed or replaced behind the load balancer without losing sessions</source>
        <extracomment>quiz.questions</extracomment>
        <translation>任何实例都能处理任何请求，因此可以在负载均衡器后面增加、移除或替换实例，而不会丢失会话</translation>
    </message>
    <message>
        <source>Stateless APIs need no database</source>
        <extracomment>quiz.questions</extracomment>
        <translation>无状态 API 不需要数据库</translation>
    </message>
    <message>
        <source>HTTP requests are smaller than WebSocket frames</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP 请求比 WebSocket 帧更小</translation>
    </message>
    <message>
        <source>Stateless servers need no TLS</source>
        <extracomment>quiz.questions</extracomment>
        <translation>无状态服务器不需要 TLS</translation>
    </message>
    <message>
        <source>With session data in tokens or a shared store, instances are interchangeable: scale on load, roll out new versions gradually, route round-robin. Long-lived connections (WebSockets, gRPC streams) pin a client to one instance for their whole life, so new servers get no share of existing clients until those reconnect.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>当会话数据保存在令牌或共享存储中时，实例之间可以互换：按负载扩缩、逐步推出新版本、按轮询调度路由。长期存在的连接（WebSocket、gRPC 流）会在整个生命周期内把客户端固定在一个实例上，因此在现有客户端重新连接之前，新服务器分不到它们的任何份额。</translation>
    </message>
    <message>
        <source>You put 5 gRPC backends behind a layer-4 (TCP) load balancer, yet each client&apos;s calls all land on one backend. Why?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>你把 5 个 gRPC 后端放在一个四层（TCP）负载均衡器后面，但每个客户端的调用全都落在同一个后端上。为什么？</translation>
    </message>
    <message>
        <source>gRPC messages are too big for layer-4 balancers</source>
        <extracomment>quiz.questions</extracomment>
        <translation>gRPC 消息对四层负载均衡器来说太大了</translation>
    </message>
    <message>
        <source>Layer-4 balancers cannot forward HTTP/2</source>
        <extracomment>quiz.questions</extracomment>
        <translation>四层负载均衡器无法转发 HTTP/2</translation>
    </message>
    <message>
        <source>gRPC keeps one long-lived HTTP/2 connection and multiplexes every call over it, and a layer-4 balancer balances connections, not calls</source>
        <extracomment>quiz.questions</extracomment>
        <translation>gRPC 保持一条长期存在的 HTTP/2 连接并在其上多路复用所有调用，而四层负载均衡器均衡的是连接，而不是调用</translation>
    </message>
    <message>
        <source>Protobuf ties a client to one server</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Protobuf 把客户端绑定到一台服务器上</translation>
    </message>
    <message>
        <source>A TCP balancer picks a backend once per connection; afterwards every call rides the same connection. Balance per call instead: a layer-7 proxy that speaks HTTP/2 (Envoy, for example), client-side load balancing over connections to several backends, or a service mesh.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TCP 负载均衡器对每个连接只选择一次后端；此后每个调用都走同一条连接。应改为按调用进行均衡：使用支持 HTTP/2 的七层代理（例如 Envoy）、在到多个后端的连接上进行客户端负载均衡，或者使用服务网格。</translation>
    </message>
    <message>
        <source>A read-heavy REST API for product pages expects a hundred times its usual traffic at a launch. What absorbs most of it most cheaply?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一个以读为主的商品页面 REST API，预计在发布时会迎来平时一百倍的流量。什么能以最低的成本吸收其中的大部分？</translation>
    </message>
    <message>
        <source>Switching the clients to WebSockets</source>
        <extracomment>quiz.questions</extracomment>
        <translation>把客户端切换到 WebSocket</translation>
    </message>
    <message>
        <source>Moving the API to gRPC</source>
        <extracomment>quiz.questions</extracomment>
        <translation>把 API 迁移到 gRPC</translation>
    </message>
    <message>
        <source>Caching responses at a CDN with Cache-Control, so most requests never reach the origin</source>
        <extracomment>quiz.questions</extracomment>
        <translation>借助 Cache-Control 在 CDN 上缓存响应，使大多数请求根本到不了源站</translation>
    </message>
    <message>
        <source>A bigger database server</source>
        <extracomment>quiz.questions</extracomment>
        <translation>更大的数据库服务器</translation>
    </message>
    <message>
        <source>Identical GETs for the same products can be answered from edge caches near the users; the origin sees only cache misses and revalidations. That works because REST over HTTP is cacheable by design, something WebSocket messages and gRPC calls do not get from ordinary HTTP caches.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>对同一商品的相同 GET 可以由靠近用户的边缘缓存应答；源站只会看到缓存未命中和重新验证。这之所以可行，是因为基于 HTTP 的 REST 在设计上就是可缓存的，而 WebSocket 消息和 gRPC 调用无法从普通的 HTTP 缓存中获得这种好处。</translation>
    </message>
    <message>
        <source>What mostly limits how many idle WebSocket clients one server can hold?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一台服务器能容纳多少个空闲的 WebSocket 客户端，主要受什么限制？</translation>
    </message>
    <message>
        <source>TCP allows at most 65,535 connections per server</source>
        <extracomment>quiz.questions</extracomment>
        <translation>TCP 允许每台服务器最多 65,535 个连接</translation>
    </message>
    <message>
        <source>Each connection needs a CPU core of its own</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每个连接都需要一个独立的 CPU 核心</translation>
    </message>
    <message>
        <source>Memory and file descriptors for every open connection (socket and TLS buffers, per-client state), plus heartbeat traffic</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每个打开的连接所需的内存和文件描述符（套接字和 TLS 缓冲区、每个客户端的状态），再加上心跳流量</translation>
    </message>
    <message>
        <source>The number of HTTP requests the server can parse per second</source>
        <extracomment>quiz.questions</extracomment>
        <translation>服务器每秒能解析的 HTTP 请求数</translation>
    </message>
    <message>
        <source>An idle connection costs almost no CPU, but it holds kernel buffers, TLS state and application state, so capacity is planned in memory and open files. A TCP connection is named by both addresses and both ports, so one listening port can accept far more than 65,535 connections from different clients.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>空闲连接几乎不消耗 CPU，但它占用内核缓冲区、TLS 状态和应用状态，因此容量要按内存和打开的文件数来规划。TCP 连接由双方的地址和双方的端口共同标识，因此一个监听端口可以接受来自不同客户端的远多于 65,535 个连接。</translation>
    </message>
    <message>
        <source>A ticker sends 5 updates a second to 2 clients. Which costs more HTTP head bytes per delivered update: short polling every 500 ms, or long polling?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一个行情源每秒向 2 个客户端发送 5 条更新。哪种方式每送达一条更新花费的 HTTP 头部字节更多：每 500 ms 一次的短轮询，还是长轮询？</translation>
    </message>
    <message>
        <source>Short polling</source>
        <extracomment>quiz.questions</extracomment>
        <translation>短轮询</translation>
    </message>
    <message>
        <source>Long polling</source>
        <extracomment>quiz.questions</extracomment>
        <translation>长轮询</translation>
    </message>
    <message>
        <source>Long polling sends a request for almost every update ({b.polling.httpRequests} requests for {b.polling.deliveries} deliveries), while a short poll every {knob.pollIntervalMs} ms collects several updates at once ({a.polling.httpRequests} requests). Per delivery that is {b.polling.overheadPerDelivery:0} bytes of overhead against {a.polling.overheadPerDelivery:0}. Long polling buys its low latency ({b.polling.latencyMeanMs:0} ms against {a.polling.latencyMeanMs:0} ms) with requests, and the busier the feed, the more it pays.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>长轮询几乎为每条更新都发送一个请求（{b.polling.deliveries} 次送达用了 {b.polling.httpRequests} 个请求），而每 {knob.pollIntervalMs} ms 一次的短轮询一次就能收集好几条更新（{a.polling.httpRequests} 个请求）。按每次送达计算，开销为 {b.polling.overheadPerDelivery:0} 字节，而短轮询为 {a.polling.overheadPerDelivery:0} 字节。长轮询用请求换来了低延迟（{b.polling.latencyMeanMs:0} ms，而短轮询为 {a.polling.latencyMeanMs:0} ms），而且数据源越繁忙，它付出的代价就越大。</translation>
    </message>
    <message>
        <source>Long polling, 2 clients, 10 updates a second for 2 seconds. How many HTTP requests do the clients send in all?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>长轮询，2 个客户端，每秒 10 条更新，持续 2 秒。客户端总共发送多少个 HTTP 请求？</translation>
    </message>
    <message>
        <source>A long poll is answered as soon as there is news and the client asks again at once, so it costs about one request per update per client: {a.polling.httpRequests} requests for {a.polling.deliveries} deliveries. The WebSocket side sent {b.polling.httpRequests}, its upgrades. Every request costs a full HTTP head each way: {a.polling.httpHeadBytes} bytes of heads against {b.polling.httpHeadBytes}, and every one is work for the servers and the load balancer.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>长轮询一有新消息就会得到应答，而客户端随即再次请求，因此对每个客户端大约每条更新花费一个请求：{a.polling.deliveries} 次送达用了 {a.polling.httpRequests} 个请求。WebSocket 一侧发送了 {b.polling.httpRequests} 个，即它的升级请求。每个请求在每个方向上都要花费一个完整的 HTTP 头部：头部共 {a.polling.httpHeadBytes} 字节，而 WebSocket 一侧为 {b.polling.httpHeadBytes} 字节，而且每个请求都是服务器和负载均衡器的工作量。</translation>
    </message>
    <message>
        <source>2 clients each poll every 250 ms for 2 seconds. How many HTTP requests must the server answer? (Then scale it: what would a million clients mean?)</source>
        <extracomment>quiz.questions</extracomment>
        <translation>2 个客户端每 250 ms 轮询一次，持续 2 秒。服务器必须应答多少个 HTTP 请求？（然后推而广之：一百万个客户端意味着什么？）</translation>
    </message>
    <message>
        <source>Short polling costs clients times duration divided by the interval, whether or not there is news: {a.polling.httpRequests} requests here for {a.polling.deliveries} deliveries. At the same interval a million clients would send four million requests a second, almost all of them empty; the WebSocket side sent {b.polling.httpRequests} requests in all and pushed only real updates. Back-of-the-envelope estimates like this are what interviewers look for.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>短轮询的请求数等于客户端数乘以持续时间再除以间隔，无论有没有新消息：这里 {a.polling.deliveries} 次送达用了 {a.polling.httpRequests} 个请求。在相同的间隔下，一百万个客户端每秒会发送四百万个请求，几乎全都是空的；WebSocket 一侧总共只发送了 {b.polling.httpRequests} 个请求，并且只推送真正的更新。面试官想看的正是这类粗略估算。</translation>
    </message>
    <message>
        <source>Short polling every 200 ms for a feed that changes once a second. How many HTTP requests are spent for every update delivered?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>短轮询每 200 ms 一次，而信息流每秒才变化一次。每送达一条更新要花掉多少个 HTTP 请求？</translation>
    </message>
    <message>
        <source>requests per update</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每条更新的请求数</translation>
    </message>
    <message>
        <source>Most polls come back empty: {a.polling.httpRequests} requests for {a.polling.deliveries} deliveries, that is {a.polling.overheadPerDelivery:0} bytes of HTTP heads per update, against {b.polling.overheadPerDelivery:0} bytes of WebSocket overhead. Polling faster lowers the latency ({a.polling.latencyMeanMs:0} ms here) but multiplies the requests every server must answer, most of them for nothing.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>大多数轮询都空手而归：{a.polling.httpRequests} 个请求只换来 {a.polling.deliveries} 次送达，相当于每条更新要付出 {a.polling.overheadPerDelivery:0} 字节的 HTTP 头部，而 WebSocket 的开销只有 {b.polling.overheadPerDelivery:0} 字节。轮询得更快能降低延迟（这里为 {a.polling.latencyMeanMs:0} ms），却会成倍增加每台服务器必须应答的请求，而其中大多数都是白费。</translation>
    </message>
    <message>
        <source>A chat of 4 WebSocket clients, spread round robin over 2 server instances that do not share their messages. Every message is meant for all 4. How many of the deliveries owed never arrived?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一个有 4 个 WebSocket 客户端的聊天，按轮询调度分布在 2 个互不共享消息的服务器实例上。每条消息都应发给全部 4 个客户端。应送达的消息中有多少从未到达？</translation>
    </message>
    <message>
        <source>deliveries</source>
        <extracomment>quiz.questions</extracomment>
        <translation>送达次数</translation>
    </message>
    <message>
        <source>The clients posted {a.polling.messagesPosted} messages, so {a.polling.expectedDeliveries} deliveries were owed (every message to every member); {a.polling.deliveries} arrived, so {a.polling.expectedDeliveries - a.polling.deliveries} went missing. Each instance sends only to the connections it holds, and the balancer put half the clients on each. With a pub/sub broker between the instances, B delivered {b.polling.deliveries} of {b.polling.expectedDeliveries}.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>客户端共发出 {a.polling.messagesPosted} 条消息，因此应送达 {a.polling.expectedDeliveries} 次（每条消息发给每个成员）；实际到达 {a.polling.deliveries} 次，丢失了 {a.polling.expectedDeliveries - a.polling.deliveries} 次。每个实例只向自己持有的连接发送，而负载均衡器把一半客户端分给了每个实例。在实例之间加上发布/订阅消息代理 (broker) 后，B 送达了 {b.polling.expectedDeliveries} 次中的 {b.polling.deliveries} 次。</translation>
    </message>
    <message>
        <source>Adding a pub/sub broker between two WebSocket instances makes every message take an extra hop. Does the mean delivery latency get worse?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在两个 WebSocket 实例之间加入发布/订阅消息代理 (broker)，会让每条消息多走一跳。平均送达延迟会变差吗？</translation>
    </message>
    <message>
        <source>Yes, by more than a tenth</source>
        <extracomment>quiz.questions</extracomment>
        <translation>会，变差超过一成</translation>
    </message>
    <message>
        <source>Hardly, within a tenth either way</source>
        <extracomment>quiz.questions</extracomment>
        <translation>几乎不变，增减都在一成以内</translation>
    </message>
    <message>
        <source>No, it gets better</source>
        <extracomment>quiz.questions</extracomment>
        <translation>不会，反而变好</translation>
    </message>
    <message>
        <source>Without the broker the mean was {a.polling.latencyMeanMs:1} ms, with it {b.polling.latencyMeanMs:1} ms; but A reached only {a.polling.deliveryPercent:0} % of its clients, B {b.polling.deliveryPercent:0} %. The broker&apos;s hop runs inside the data centre, a fraction of the clients&apos; round trip, and it costs connections ({b.polling.connections} against {a.polling.connections}) and bytes. A fast answer that reaches only some users is no answer.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>没有消息代理时平均延迟为 {a.polling.latencyMeanMs:1} ms，有消息代理时为 {b.polling.latencyMeanMs:1} ms；但 A 只送达了 {a.polling.deliveryPercent:0} % 的客户端，B 则为 {b.polling.deliveryPercent:0} %。消息代理这一跳发生在数据中心内部，只占客户端往返的一小部分，代价是连接（{b.polling.connections} 对 {a.polling.connections}）和字节。一个只能送达部分用户的快速应答，等于没有应答。</translation>
    </message>
    <message>
        <source>A gRPC client may retry failed calls automatically. For which status is a retry with backoff sensible?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>gRPC 客户端可以自动重试失败的调用。对于哪种状态，带退避的重试是合理的？</translation>
    </message>
    <message>
        <source>INVALID_ARGUMENT</source>
        <extracomment>quiz.questions</extracomment>
        <translation>INVALID_ARGUMENT</translation>
    </message>
    <message>
        <source>NOT_FOUND</source>
        <extracomment>quiz.questions</extracomment>
        <translation>NOT_FOUND</translation>
    </message>
    <message>
        <source>UNAVAILABLE</source>
        <extracomment>quiz.questions</extracomment>
        <translation>UNAVAILABLE</translation>
    </message>
    <message>
        <source>PERMISSION_DENIED</source>
        <extracomment>quiz.questions</extracomment>
        <translation>PERMISSION_DENIED</translation>
    </message>
    <message>
        <source>UNAVAILABLE means the service could not be reached or was overloaded for a moment, so the same call may well succeed a little later. The others describe the request itself (a bad argument, a missing resource, missing rights): repeating it gives the same answer. Retries also need a deadline and a budget, or they turn a brief outage into an overload.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>UNAVAILABLE 表示服务暂时无法访问或短暂过载，因此同一个调用稍后很可能成功。其他几种状态描述的是请求本身（参数错误、资源不存在、缺少权限）：重复请求只会得到同样的答复。重试还需要截止时间 (deadline) 和预算，否则会把短暂的故障变成过载。</translation>
    </message>
    <message>
        <source>What comes before every gRPC message inside the HTTP/2 DATA frames?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在 HTTP/2 DATA 帧中，每条 gRPC 消息前面是什么？</translation>
    </message>
    <message>
        <source>Only the 9-byte HTTP/2 frame header</source>
        <extracomment>quiz.questions</extracomment>
        <translation>只有 9 字节的 HTTP/2 帧头</translation>
    </message>
    <message>
        <source>A JSON envelope naming the method</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一个指明方法名的 JSON 信封</translation>
    </message>
    <message>
        <source>Nothing: messages are separated by newlines</source>
        <extracomment>quiz.questions</extracomment>
        <translation>什么也没有：消息之间用换行符分隔</translation>
    </message>
    <message>
        <source>A 5-byte prefix: a compressed flag byte and a 4-byte message length</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一个 5 字节前缀：1 字节压缩标志和 4 字节消息长度</translation>
    </message>
    <message>
        <source>Length prefixes let one stream carry any number of messages, one message span several DATA frames, or several messages share one. Protobuf messages are not self-delimiting, so the prefix is needed. The method is named once per call, in the :path header (/package.Service/Method).</source>
        <extracomment>quiz.questions</extracomment>
        <translation>有了长度前缀，一个流可以承载任意数量的消息，一条消息可以跨越多个 DATA 帧，多条消息也可以共用一个帧。Protobuf 消息不是自定界的，所以需要这个前缀。方法名每次调用只出现一次，位于 :path 头部中（/package.Service/Method）。</translation>
    </message>
    <message>
        <source>Where does a gRPC call carry an authorisation token?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>gRPC 调用在哪里携带授权令牌？</translation>
    </message>
    <message>
        <source>In a field added to every request message</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在每条请求消息中添加的一个字段里</translation>
    </message>
    <message>
        <source>In the call&apos;s metadata, which travels as HTTP/2 header fields (for example authorization)</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在调用的元数据中，它作为 HTTP/2 头部字段传输（例如 authorization）</translation>
    </message>
    <message>
        <source>In the 5-byte message prefix</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在 5 字节的消息前缀里</translation>
    </message>
    <message>
        <source>In the trailers the client sends at the end</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在客户端最后发送的 trailer 里</translation>
    </message>
    <message>
        <source>Metadata are key-value pairs attached to a call, sent as HTTP/2 headers at its start (and by the server also as trailers at its end). Interceptors on both sides read and add them, so authentication, tracing IDs and deadlines stay out of the .proto messages. Clients do not send trailers.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>元数据是附加在调用上的键值对，在调用开始时作为 HTTP/2 头部发送（服务器还会在结束时作为 trailer 发送）。两端的拦截器读取并添加元数据，因此身份验证、追踪 ID 和截止时间都不必放进 .proto 消息中。客户端不发送 trailer。</translation>
    </message>
    <message>
        <source>Service A calls B, which calls C. How should gRPC deadlines be set?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>服务 A 调用 B，B 又调用 C。应该如何设置 gRPC 截止时间？</translation>
    </message>
    <message>
        <source>Give every hop the same fixed 30-second timeout</source>
        <extracomment>quiz.questions</extracomment>
        <translation>给每一跳都设置相同的固定 30 秒超时</translation>
    </message>
    <message>
        <source>Set none: gRPC retries until the call succeeds</source>
        <extracomment>quiz.questions</extracomment>
        <translation>不设置：gRPC 会一直重试直到调用成功</translation>
    </message>
    <message>
        <source>Set a deadline where the request enters, and pass the time that remains on to every call downstream</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在请求进入系统的地方设置截止时间，并把剩余时间传递给下游的每个调用</translation>
    </message>
    <message>
        <source>Only C needs a deadline</source>
        <extracomment>quiz.questions</extracomment>
        <translation>只有 C 需要截止时间</translation>
    </message>
    <message>
        <source>A gRPC client sends its deadline as the grpc-timeout header; when it passes, the call ends with DEADLINE_EXCEEDED on both sides. Passing the remaining budget on stops B and C from working on answers nobody waits for any more, which is how overloads cascade.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>gRPC 客户端通过 grpc-timeout 头部发送其截止时间；一旦超过，调用在两端都以 DEADLINE_EXCEEDED 结束。把剩余预算向下传递，可以让 B 和 C 不再为已无人等待的应答工作，而这正是过载逐级蔓延的原因。</translation>
    </message>
    <message>
        <source>Which change to a Protobuf message keeps old clients working?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>对 Protobuf 消息做哪种修改能让旧客户端继续工作？</translation>
    </message>
    <message>
        <source>Changing the number of an existing field</source>
        <extracomment>quiz.questions</extracomment>
        <translation>修改现有字段的编号</translation>
    </message>
    <message>
        <source>Changing a field from string to int64</source>
        <extracomment>quiz.questions</extracomment>
        <translation>把字段类型从 string 改为 int64</translation>
    </message>
    <message>
        <source>Adding a field with a new field number</source>
        <extracomment>quiz.questions</extracomment>
        <translation>用新的字段编号添加一个字段</translation>
    </message>
    <message>
        <source>Giving a deleted field&apos;s number to a new field</source>
        <extracomment>quiz.questions</extracomment>
        <translation>把已删除字段的编号分配给新字段</translation>
    </message>
    <message>
        <source>On the wire, Protobuf identifies fields by number and wire type, not by name. Old readers skip numbers they do not know, so adding fields is safe, and so is renaming one (for the binary format). Renumbering, incompatible type changes or reused numbers make old and new code misread each other; mark removed numbers as reserved.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在线路上，Protobuf 通过编号和线路类型 (wire type) 而不是名称来识别字段。旧的读取方会跳过不认识的编号，因此添加字段是安全的，重命名字段也一样（对二进制格式而言）。重新编号、不兼容的类型修改或复用编号都会让新旧代码互相误读；应把删除的编号标记为 reserved。</translation>
    </message>
    <message>
        <source>A client uploads a large log file to a gRPC service in chunks and wants one summary at the end. Which call type fits?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>客户端把一个大日志文件分块上传到 gRPC 服务，并希望最后得到一份汇总。哪种调用类型合适？</translation>
    </message>
    <message>
        <source>Unary</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一元调用 (Unary)</translation>
    </message>
    <message>
        <source>Server streaming</source>
        <extracomment>quiz.questions</extracomment>
        <translation>服务器流式</translation>
    </message>
    <message>
        <source>Bidirectional streaming</source>
        <extracomment>quiz.questions</extracomment>
        <translation>双向流式</translation>
    </message>
    <message>
        <source>Client streaming</source>
        <extracomment>quiz.questions</extracomment>
        <translation>客户端流式</translation>
    </message>
    <message>
        <source>In client streaming the client sends a stream of messages and gets one response after it half-closes its side. Server streaming is the mirror (one request, many responses, such as a listing), bidirectional lets both sides send independently (chat, live sync), and unary is one message each way. Bidirectional would work too, but adds nothing here.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在客户端流式调用中，客户端发送一连串消息，在半关闭自己这一端后得到一个响应。服务器流式则恰好相反（一个请求，多个响应，例如列表），双向流式让两端各自独立发送（聊天、实时同步），一元调用则是每个方向各一条消息。双向流式在这里也能用，但没有任何额外好处。</translation>
    </message>
    <message>
        <source>How does gRPC map a call onto HTTP/2?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>gRPC 如何把调用映射到 HTTP/2 上？</translation>
    </message>
    <message>
        <source>Every message opens a new TCP connection</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每条消息都会打开一个新的 TCP 连接</translation>
    </message>
    <message>
        <source>All calls share stream 1</source>
        <extracomment>quiz.questions</extracomment>
        <translation>所有调用共用流 1</translation>
    </message>
    <message>
        <source>Each call is one HTTP/2 stream: request HEADERS naming /Service/Method, messages in DATA frames, and the status in trailing HEADERS</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每个调用是一个 HTTP/2 流：请求 HEADERS 指明 /Service/Method，消息放在 DATA 帧中，状态放在结尾的 HEADERS 中</translation>
    </message>
    <message>
        <source>Each call is an HTTP/1.1 request tunnelled through CONNECT</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每个调用都是通过 CONNECT 隧道传输的 HTTP/1.1 请求</translation>
    </message>
    <message>
        <source>Because calls are streams, many concurrent calls share one connection, and HPACK shrinks their repeated headers. A streaming call simply keeps its stream open for more DATA frames. The request is a POST to /package.Service/Method with content-type application/grpc.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>由于调用就是流，许多并发调用可以共享一个连接，HPACK 还会压缩它们重复的头部。流式调用只需让自己的流保持打开，以传输更多 DATA 帧。请求是发往 /package.Service/Method 的 POST，content-type 为 application/grpc。</translation>
    </message>
    <message>
        <source>The items carry no thumbnail this time, only plain fields (numbers, a name, tags). What share of the body bytes does gRPC&apos;s Protobuf save against REST&apos;s JSON, in percent?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>这次条目不带缩略图，只有普通字段（数字、名称、标签）。与 REST 的 JSON 相比，gRPC 的 Protobuf 能节省百分之多少的正文字节？</translation>
    </message>
    <message>
        <source>JSON repeats every field name as quoted text and writes numbers in decimal; Protobuf writes a one-byte tag and a varint. A&apos;s bodies took {a.bodyBytes} bytes and D&apos;s {d.bodyBytes} (the 5-byte prefixes included), {100 * (1 - d.bodyBytes / a.bodyBytes):0} % less. With large binary fields the gap is driven by base64 instead, a third more for every byte.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>JSON 会把每个字段名作为带引号的文本重复写出，并以十进制书写数字；Protobuf 写的是 1 字节的标签和一个 varint。A 的正文占 {a.bodyBytes} 字节，D 的为 {d.bodyBytes} 字节（含 5 字节前缀），少了 {100 * (1 - d.bodyBytes / a.bodyBytes):0} %。如果有大的二进制字段，差距则主要来自 base64：每个字节都要多出三分之一。</translation>
    </message>
    <message>
        <source>For every unary gRPC call, how many HEADERS frames does the server send?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每个一元 gRPC 调用中，服务器会发送多少个 HEADERS 帧？</translation>
    </message>
    <message>
        <source>frames per call</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每次调用的帧数</translation>
    </message>
    <message>
        <source>One HEADERS frame opens the response (:status 200, content-type application/grpc), and a second one with END_STREAM carries the trailers with grpc-status: {count(d, &quot;http2.HEADERS client s2c&quot;)} HEADERS frames for {d.grpc.calls} calls, {d.grpc.callsOk} of them ending with status OK.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一个 HEADERS 帧开启响应（:status 200，content-type application/grpc），第二个带 END_STREAM 的 HEADERS 帧携带含 grpc-status 的 trailer：{d.grpc.calls} 次调用共 {count(d, &quot;http2.HEADERS client s2c&quot;)} 个 HEADERS 帧，其中 {d.grpc.callsOk} 次以状态 OK 结束。</translation>
    </message>
    <message>
        <source>Twenty items with 4 KiB thumbnails. Against REST/JSON over HTTP/1.1 (A), which single change saves more bytes on the wire: HTTP/2 with the same JSON (B), or Protobuf over the same HTTP/1.1 pool (C)?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>二十个条目，各带 4 KiB 缩略图。与基于 HTTP/1.1 的 REST/JSON（A）相比，哪一项单独的改动能在线路上节省更多字节：使用相同 JSON 的 HTTP/2（B），还是在同一个 HTTP/1.1 连接池上使用 Protobuf（C）？</translation>
    </message>
    <message>
        <source>HTTP/2 saved {a.wireBytes - b.wireBytes} bytes: one connection&apos;s TLS handshake instead of {a.connections} ({b.tlsBytes} TLS bytes against {a.tlsBytes}) and HPACK&apos;s header blocks ({b.headerBytes} bytes against {a.headerBytes}). Protobuf saved {a.wireBytes - c.wireBytes} bytes of bodies ({c.bodyBytes} against {a.bodyBytes} of JSON, whose base64 makes every thumbnail a third larger). gRPC, with both, put {d.wireBytes} bytes on the wire against A&apos;s {a.wireBytes}.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/2 节省了 {a.wireBytes - b.wireBytes} 字节：只需一个连接的 TLS 握手，而不是 {a.connections} 个（{b.tlsBytes} 对 {a.tlsBytes} TLS 字节），再加上 HPACK 的头部块（{b.headerBytes} 对 {a.headerBytes} 字节）。Protobuf 节省了 {a.wireBytes - c.wireBytes} 字节的正文（{c.bodyBytes} 对 {a.bodyBytes} 字节的 JSON，而 JSON 的 base64 让每张缩略图大了三分之一）。两者兼得的 gRPC 在线路上用了 {d.wireBytes} 字节，A 则为 {a.wireBytes} 字节。</translation>
    </message>
    <message>
        <source>A makes a unary call per item, B streams all items in two calls. How many times as many header bytes (HPACK blocks for headers and trailers) does A spend as B?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>A 对每个条目发起一次一元调用，B 用两次调用以流式传输所有条目。A 花费的头部字节（头部和 trailer 的 HPACK 块）是 B 的多少倍？</translation>
    </message>
    <message>
        <source>Every call costs a request header block, a response header block and trailers: A made {a.grpc.calls} calls and spent {a.headerBytes} bytes of header blocks, B made {b.grpc.calls} and spent {b.headerBytes}. HPACK keeps each repeated block small, but the count of calls still drives the total, along with a round trip per unary call.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每次调用都要付出一个请求头部块、一个响应头部块和 trailer：A 发起了 {a.grpc.calls} 次调用，花费 {a.headerBytes} 字节的头部块；B 发起了 {b.grpc.calls} 次，花费 {b.headerBytes} 字节。HPACK 让每个重复的块都很小，但调用次数仍然决定着总量，而且每次一元调用还要付出一个往返。</translation>
    </message>
    <message>
        <source>A waits for an answer to every message, B streams. How many times longer does A take to move the 10 items down and back up?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>A 每发一条消息都等待应答，B 则使用流。把 10 个条目下载再上传回去，A 所用的时间是 B 的多少倍？</translation>
    </message>
    <message>
        <source>A pays a round trip per item in each direction, {a.roundTrips} round trips and {a.totalTimeMs:0} ms in all; B keeps two streams open and sends without waiting, {b.roundTrips} round trips and {b.totalTimeMs:0} ms, {a.totalTimeMs / b.totalTimeMs:1} times less. Streams fit whenever many messages of the same kind flow one way.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>A 在每个方向上每个条目都要付出一个往返，总共 {a.roundTrips} 个往返、{a.totalTimeMs:0} ms；B 保持两个流打开，发送时无需等待，只用了 {b.roundTrips} 个往返、{b.totalTimeMs:0} ms，是 A 的 {a.totalTimeMs / b.totalTimeMs:1} 分之一。只要有大量同类消息朝一个方向流动，就适合使用流。</translation>
    </message>
    <message>
        <source>A browser makes 4 gRPC-Web calls at once through a proxy, over HTTP/1.1, and the proxy calls the server over HTTP/2. How many TCP connections does the whole path use?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>浏览器通过代理同时发起 4 个 gRPC-Web 调用，走 HTTP/1.1，代理再通过 HTTP/2 调用服务器。整条路径共用了多少个 TCP 连接？</translation>
    </message>
    <message>
        <source>{a.connections} connections: HTTP/1.1 carries one exchange at a time, so the browser opened one connection to the proxy for every call in flight (up to six per host), and the proxy added its own HTTP/2 connection to the server, where all the calls became streams. Native gRPC (B) used {b.connections}, and put {b.wireBytes} bytes on the wire against {a.wireBytes} on A&apos;s two hops.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>{a.connections} 个连接：HTTP/1.1 一次只能承载一个交换，所以浏览器为每个进行中的调用都向代理打开了一个连接（每个主机最多六个），代理又加了一个通往服务器的 HTTP/2 连接，在那里所有调用都变成了流。原生 gRPC（B）用了 {b.connections} 个连接，在线路上传输了 {b.wireBytes} 字节，而 A 的两跳共 {a.wireBytes} 字节。</translation>
    </message>
    <message>
        <source>The gRPC-Web proxy writes each call&apos;s status into a trailer frame at the end of the HTTP/1.1 response body. How many bytes does one such frame take?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>gRPC-Web 代理把每个调用的状态写入 HTTP/1.1 响应正文末尾的一个 trailer 帧中。一个这样的帧占多少字节？</translation>
    </message>
    <message>
        <source>{bytes(a, &quot;grpc.CallFinished server&quot;) / max(a.grpc.callsOk, 1):0} bytes: the same five-byte prefix as a message, its first byte 0x80 to mark trailers, then the trailers as text lines, here grpc-status 0. For A&apos;s {a.grpc.callsOk} calls that made {bytes(a, &quot;grpc.CallFinished server&quot;)} bytes. Native gRPC (B) sent the same status as an HTTP/2 trailers HEADERS frame, HPACK-compressed, which a browser script could not read.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>{bytes(a, &quot;grpc.CallFinished server&quot;) / max(a.grpc.callsOk, 1):0} 字节：与消息相同的五字节前缀，其第一个字节为 0x80 以标记 trailer，随后是以文本行形式写出的 trailer，这里是 grpc-status 0。A 的 {a.grpc.callsOk} 次调用共计 {bytes(a, &quot;grpc.CallFinished server&quot;)} 字节。原生 gRPC（B）则把同样的状态作为 HTTP/2 trailer HEADERS 帧发送，经过 HPACK 压缩，浏览器脚本无法读取。</translation>
    </message>
    <message>
        <source>Browser calls with a 100 ms deadline, through a gRPC-Web proxy, to a server that works up to 200 ms. To stop the server&apos;s work on calls the browser gave up, how many RST_STREAM frames does the proxy send?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>浏览器通过 gRPC-Web 代理以 100 ms 的截止时间调用一台最多要处理 200 ms 的服务器。为了让服务器停止处理浏览器已放弃的调用，代理会发送多少个 RST_STREAM 帧？</translation>
    </message>
    <message>
        <source>The browser ended {count(a, &quot;grpc.CallFinished client value=4&quot;)} calls with DEADLINE_EXCEEDED. An HTTP/1.1 request cannot be cancelled on its own, so it closed the connection each was on; the proxy noticed and reset the streams of those calls still open towards the server: {count(a, &quot;http2.RST_STREAM client c2s&quot;)} RST_STREAM frames. The native client (B) sent {count(b, &quot;http2.RST_STREAM client c2s&quot;)} itself, on a connection that stayed open.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>浏览器以 DEADLINE_EXCEEDED 结束了 {count(a, &quot;grpc.CallFinished client value=4&quot;)} 个调用。HTTP/1.1 请求无法单独取消，所以浏览器关闭了每个调用所在的连接；代理察觉到后，重置了这些调用中仍向服务器打开着的流：共 {count(a, &quot;http2.RST_STREAM client c2s&quot;)} 个 RST_STREAM 帧。原生客户端（B）自己发送了 {count(b, &quot;http2.RST_STREAM client c2s&quot;)} 个，所在的连接一直保持打开。</translation>
    </message>
    <message>
        <source>A mobile app uploads photos of about 5 MB each. Which design would you pick?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一个移动应用要上传每张约 5 MB 的照片。你会选择哪种设计？</translation>
    </message>
    <message>
        <source>Send each photo as one gRPC unary message</source>
        <extracomment>quiz.questions</extracomment>
        <translation>把每张照片作为一条 gRPC 一元消息发送</translation>
    </message>
    <message>
        <source>Send the photo&apos;s bytes as WebSocket text frames</source>
        <extracomment>quiz.questions</extracomment>
        <translation>把照片的字节作为 WebSocket 文本帧发送</translation>
    </message>
    <message>
        <source>An HTTPS upload straight to object storage with a pre-signed URL, then a small API call with the object&apos;s key</source>
        <extracomment>quiz.questions</extracomment>
        <translation>使用预签名 URL 通过 HTTPS 直接上传到对象存储，然后用对象的键发起一次小的 API 调用</translation>
    </message>
    <message>
        <source>Base64-encode the photo into a JSON field of a REST call</source>
        <extracomment>quiz.questions</extracomment>
        <translation>把照片 Base64 编码后放进 REST 调用的 JSON 字段</translation>
    </message>
    <message>
        <source>Pre-signed URLs let the storage service take the large upload (resumable and multipart where needed) without streaming it through your API servers, which only store a reference. gRPC limits messages to 4 MB by default and would need client streaming for large files; text frames and JSON would need base64, a third larger.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>预签名 URL 让存储服务承接大文件上传（必要时支持断点续传和分段上传），而不必经由你的 API 服务器转发，API 服务器只需保存一个引用。gRPC 默认把消息限制在 4 MB，大文件需要客户端流式；文本帧和 JSON 则需要 base64，体积大三分之一。</translation>
    </message>
    <message>
        <source>Dozens of internal services written in Go, Java and Python call each other thousands of times a second under tight latency budgets. Which would you pick for those calls?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>几十个用 Go、Java 和 Python 编写的内部服务，在严格的延迟预算下每秒相互调用数千次。这些调用你会选择什么？</translation>
    </message>
    <message>
        <source>REST with XML bodies</source>
        <extracomment>quiz.questions</extracomment>
        <translation>使用 XML 正文的 REST</translation>
    </message>
    <message>
        <source>A WebSocket between every pair of services</source>
        <extracomment>quiz.questions</extracomment>
        <translation>在每对服务之间建立一个 WebSocket</translation>
    </message>
    <message>
        <source>Short polling of a shared database table</source>
        <extracomment>quiz.questions</extracomment>
        <translation>对一张共享数据库表进行短轮询</translation>
    </message>
    <message>
        <source>gRPC over HTTP/2, with .proto contracts</source>
        <extracomment>quiz.questions</extracomment>
        <translation>基于 HTTP/2、使用 .proto 契约的 gRPC</translation>
    </message>
    <message>
        <source>gRPC gives typed contracts with generated clients for every language, compact Protobuf payloads, many calls multiplexed on long-lived connections, deadlines and streaming. The price: binary payloads need tools such as grpcurl to read, and load must be balanced per call, not per connection.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>gRPC 提供带类型的契约和为每种语言生成的客户端、紧凑的 Protobuf 负载、在长连接上多路复用的大量调用，以及截止时间和流式传输。代价是：二进制负载需要 grpcurl 之类的工具才能阅读，而且负载必须按调用而非按连接来均衡。</translation>
    </message>
    <message>
        <source>Your chat app must alert users about new messages even when the mobile app is closed. What do you use?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>你的聊天应用必须在移动应用关闭时也能提醒用户有新消息。你会用什么？</translation>
    </message>
    <message>
        <source>Keep a WebSocket open in the background at all times</source>
        <extracomment>quiz.questions</extracomment>
        <translation>始终在后台保持一个 WebSocket 打开</translation>
    </message>
    <message>
        <source>Poll the server every minute from the background</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每分钟从后台轮询一次服务器</translation>
    </message>
    <message>
        <source>The platform&apos;s push service (APNs on iOS, FCM on Android), and the WebSocket only while the app is open</source>
        <extracomment>quiz.questions</extracomment>
        <translation>平台的推送服务（iOS 上的 APNs、Android 上的 FCM），WebSocket 只在应用打开时使用</translation>
    </message>
    <message>
        <source>Mobile operating systems suspend background apps and their sockets to save battery, so neither a WebSocket nor polling survives. The platform push services keep one shared connection per device and wake the app or show a notification; the live WebSocket takes over once the user opens the app.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>移动操作系统为了省电会挂起后台应用及其套接字，因此 WebSocket 和轮询都无法持续。平台推送服务为每台设备保持一个共享连接，并唤醒应用或显示通知；用户打开应用后，再由实时 WebSocket 接管。</translation>
    </message>
    <message>
        <source>An internal dashboard shows figures that change every few minutes, for a handful of viewers. Which would you pick?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一个内部仪表盘显示每隔几分钟才变化一次的数据，只有少数几个人查看。你会选择哪种方案？</translation>
    </message>
    <message>
        <source>WebSockets with a Redis pub/sub backplane</source>
        <extracomment>quiz.questions</extracomment>
        <translation>使用 Redis 发布/订阅作为后端的 WebSocket</translation>
    </message>
    <message>
        <source>gRPC bidirectional streaming</source>
        <extracomment>quiz.questions</extracomment>
        <translation>gRPC 双向流式</translation>
    </message>
    <message>
        <source>A custom protocol over UDP</source>
        <extracomment>quiz.questions</extracomment>
        <translation>基于 UDP 的自定义协议</translation>
    </message>
    <message>
        <source>Plain HTTP requests, polling every minute or so</source>
        <extracomment>quiz.questions</extracomment>
        <translation>普通 HTTP 请求，大约每分钟轮询一次</translation>
    </message>
    <message>
        <source>With rare updates and few viewers, the delay of polling does not matter and each poll is cheap, while a layer of long-lived connections would add servers, heartbeats and reconnect logic for nothing. Picking the simplest design that meets the requirement is itself a strong interview answer.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>更新很少、查看者也少时，轮询的延迟无关紧要，每次轮询的代价也很低；而一层长连接只会白白增加服务器、心跳和重连逻辑。选择满足需求的最简单设计，本身就是一个很有说服力的面试答案。</translation>
    </message>
    <message>
        <source>Browsers only need to receive a one-way stream of notifications, and you want the simplest option that runs over ordinary HTTP and reconnects by itself. Which fits best?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>浏览器只需接收单向的通知流，你希望选择能在普通 HTTP 上运行、并能自动重连的最简单方案。哪种最合适？</translation>
    </message>
    <message>
        <source>Server-Sent Events (EventSource)</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Server-Sent Events（EventSource）</translation>
    </message>
    <message>
        <source>gRPC client streaming</source>
        <extracomment>quiz.questions</extracomment>
        <translation>gRPC 客户端流式</translation>
    </message>
    <message>
        <source>HTTP/1.1 pipelining</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/1.1 管线化</translation>
    </message>
    <message>
        <source>Server-Sent Events are one long HTTP response made of text events; the browser reconnects on its own and resumes with Last-Event-ID, proxies treat it as HTTP, and over HTTP/2 it is just one more stream. WebSockets work too, but bring their own framing, heartbeats and scaling work, which pays off when clients also send often.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>Server-Sent Events 是一个由文本事件组成的长 HTTP 响应；浏览器会自动重连并通过 Last-Event-ID 续传，代理把它当作普通 HTTP 处理，在 HTTP/2 上它只是多一个流。WebSocket 也可以，但要自带分帧、心跳和扩展工作，只有当客户端也频繁发送时才划算。</translation>
    </message>
    <message>
        <source>A multiplayer browser game sends player positions 20 times a second in both directions. Which would you pick?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一款多人浏览器游戏每秒双向发送 20 次玩家位置。你会选择哪种方案？</translation>
    </message>
    <message>
        <source>One REST POST per position update</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每次位置更新发一个 REST POST</translation>
    </message>
    <message>
        <source>WebSockets, with a compact binary message format</source>
        <extracomment>quiz.questions</extracomment>
        <translation>WebSocket，配合紧凑的二进制消息格式</translation>
    </message>
    <message>
        <source>At 20 updates a second each way, a request per update multiplies HTTP heads and waiting; long polling also needs a request per batch of news and a second connection to send. A WebSocket frame costs a few bytes of header and leaves at once. WebTransport over QUIC is the newer option when dropping a stale position beats waiting for its retransmission.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>每个方向每秒 20 次更新时，每次更新一个请求会让 HTTP 头部和等待成倍增加；长轮询同样每批新消息都需要一个请求，而且发送还需要第二个连接。一个 WebSocket 帧只有几字节的头部，并且立即发出。当丢弃过时的位置比等待其重传更好时，基于 QUIC 的 WebTransport 是更新的选择。</translation>
    </message>
    <message>
        <source>A mobile app at 100 ms RTT needs 10 items. REST over a pool of HTTP/1.1 connections, or gRPC over one HTTP/2 connection: which has all the items first?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一个 RTT 为 100 ms 的移动应用需要 10 个条目。基于 HTTP/1.1 连接池的 REST，还是基于单个 HTTP/2 连接的 gRPC：哪个先拿到全部条目？</translation>
    </message>
    <message>
        <source>REST</source>
        <extracomment>quiz.questions</extracomment>
        <translation>REST</translation>
    </message>
    <message>
        <source>REST finished in {a.totalTimeMs:0} ms over {a.connections} connections, gRPC in {d.totalTimeMs:0} ms over {d.connections}. REST&apos;s parallel connections each pay a TCP and a TLS handshake ({a.tlsBytes} TLS bytes against {d.tlsBytes}), while gRPC multiplexes every call on one; on the wire {a.wireBytes} bytes against {d.wireBytes}. For a handful of calls the times are close; bytes, connections and battery are where gRPC clearly wins.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>REST 用 {a.connections} 个连接在 {a.totalTimeMs:0} ms 内完成，gRPC 用 {d.connections} 个连接在 {d.totalTimeMs:0} ms 内完成。REST 的每个并行连接都要付出一次 TCP 握手和一次 TLS 握手（{a.tlsBytes} 对 {d.tlsBytes} TLS 字节），而 gRPC 把所有调用多路复用在一个连接上；线路上是 {a.wireBytes} 对 {d.wireBytes} 字节。调用不多时两者时间相近；在字节、连接和电量上，gRPC 才明显胜出。</translation>
    </message>
    <message>
        <source>Five small items (200-byte thumbnails) by REST over HTTPS, against gRPC. Where do most of REST&apos;s extra bytes on the wire come from?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>通过 HTTPS 用 REST 获取五个小条目（200 字节的缩略图），与 gRPC 对比。REST 在线路上多出的字节大部分来自哪里？</translation>
    </message>
    <message>
        <source>The TLS handshakes of its extra connections</source>
        <extracomment>quiz.questions</extracomment>
        <translation>其额外连接的 TLS 握手</translation>
    </message>
    <message>
        <source>Its HTTP headers and JSON bodies</source>
        <extracomment>quiz.questions</extracomment>
        <translation>其 HTTP 头部和 JSON 正文</translation>
    </message>
    <message>
        <source>REST opened {a.connections} connections, each with a full TLS handshake: {a.tlsBytes} TLS bytes against {d.tlsBytes} for gRPC&apos;s single connection. Its heads and JSON bodies took {a.headerBytes + a.bodyBytes} bytes against {d.headerBytes + d.bodyBytes + d.framingBytes} for gRPC&apos;s header blocks, messages and frames. With small payloads, connection set-up outweighs encoding; connection reuse (keep-alive pools, HTTP/2) matters more than the serialisation format.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>REST 打开了 {a.connections} 个连接，每个都做了完整的 TLS 握手：{a.tlsBytes} TLS 字节，而 gRPC 的单个连接只有 {d.tlsBytes}。REST 的头部和 JSON 正文占 {a.headerBytes + a.bodyBytes} 字节，gRPC 的头部块、消息和帧占 {d.headerBytes + d.bodyBytes + d.framingBytes} 字节。负载较小时，建立连接的开销超过编码；连接复用（keep-alive 连接池、HTTP/2）比序列化格式更重要。</translation>
    </message>
    <message>
        <source>A chat with a message every half second. How does long polling&apos;s delivery latency compare with the WebSocket&apos;s?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>一个每半秒一条消息的聊天。长轮询的送达延迟与 WebSocket 相比如何？</translation>
    </message>
    <message>
        <source>The WebSocket is clearly faster</source>
        <extracomment>quiz.questions</extracomment>
        <translation>WebSocket 明显更快</translation>
    </message>
    <message>
        <source>About the same, within 20 %</source>
        <extracomment>quiz.questions</extracomment>
        <translation>差不多，相差在 20 % 以内</translation>
    </message>
    <message>
        <source>Long polling is clearly faster</source>
        <extracomment>quiz.questions</extracomment>
        <translation>长轮询明显更快</translation>
    </message>
    <message>
        <source>When messages are further apart than a round trip, a long poll is already waiting at the server when news arrives, so delivery costs the same one-way trip: {a.polling.latencyMeanMs:1} ms against {b.polling.latencyMeanMs:1} ms. The difference is the cost: {a.polling.httpRequests} HTTP requests and {a.polling.overheadPerDelivery:0} bytes of overhead per delivery, against {b.polling.httpRequests} and {b.polling.overheadPerDelivery:0}. Long polling is a fine fallback; WebSockets win once traffic is heavy or flows both ways.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>当消息间隔大于一个往返时，新消息到达时长轮询请求已经在服务器上等待，因此送达只需同样的单程时间：{a.polling.latencyMeanMs:1} ms 对 {b.polling.latencyMeanMs:1} ms。差别在于代价：每次送达需 {a.polling.httpRequests} 个 HTTP 请求和 {a.polling.overheadPerDelivery:0} 字节开销，而 WebSocket 为 {b.polling.httpRequests} 和 {b.polling.overheadPerDelivery:0}。长轮询是很好的后备方案；一旦流量很大或双向流动，WebSocket 就会胜出。</translation>
    </message>
    <message>
        <source>Five requests for 1 KB items, then five updates from the server, over four protocols. Which puts the fewest bytes on the wire?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>先请求五个 1 KB 的条目，再由服务器发来五次更新，分别使用四种协议。哪种在线路上传输的字节最少？</translation>
    </message>
    <message>
        <source>HTTP/1.1 in the clear</source>
        <extracomment>quiz.questions</extracomment>
        <translation>明文 HTTP/1.1</translation>
    </message>
    <message>
        <source>gRPC over TLS</source>
        <extracomment>quiz.questions</extracomment>
        <translation>基于 TLS 的 gRPC</translation>
    </message>
    <message>
        <source>HTTPS (HTTP/1.1 over TLS)</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTPS（基于 TLS 的 HTTP/1.1）</translation>
    </message>
    <message>
        <source>A WebSocket over TLS</source>
        <extracomment>quiz.questions</extracomment>
        <translation>基于 TLS 的 WebSocket</translation>
    </message>
    <message>
        <source>HTTP/1.1 {a.shootout.wireBytes} bytes, HTTPS {b.shootout.wireBytes}, gRPC {c.shootout.wireBytes}, WebSocket {d.shootout.wireBytes}. gRPC pays one TLS handshake and then sends compressed headers and Protobuf on {c.shootout.connections} connection; the WebSocket pays one handshake and frames of a few bytes; HTTP/1.1 repeats its text headers on every request over {a.shootout.connections} connections, and HTTPS adds a full handshake to each of its {b.shootout.connections}. Bytes follow connections and repeated headers more than the encoding.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>HTTP/1.1 {a.shootout.wireBytes} 字节，HTTPS {b.shootout.wireBytes}，gRPC {c.shootout.wireBytes}，WebSocket {d.shootout.wireBytes}。gRPC 付出一次 TLS 握手，然后在 {c.shootout.connections} 个连接上发送压缩的头部和 Protobuf；WebSocket 付出一次握手，之后的帧只有几字节开销；HTTP/1.1 在 {a.shootout.connections} 个连接上为每个请求重复发送文本头部，HTTPS 还要为它的 {b.shootout.connections} 个连接各做一次完整握手。字节数更多取决于连接数和重复的头部，而不是编码。</translation>
    </message>
    <message>
        <source>The same requests and updates over HTTP/1.1 (A) and over HTTPS (B), each with a browser&apos;s pool of connections. How many times as many bytes does HTTPS put on the wire?</source>
        <extracomment>quiz.questions</extracomment>
        <translation>同样的请求和更新，分别通过 HTTP/1.1（A）和 HTTPS（B）传输，各自使用浏览器的连接池。HTTPS 在线路上传输的字节是 HTTP/1.1 的多少倍？</translation>
    </message>
    <message>
        <source>{b.shootout.wireBytes} bytes against {a.shootout.wireBytes}, about {b.shootout.wireBytes / a.shootout.wireBytes:1} times. Each of HTTPS&apos;s {b.shootout.connections} connections ran its own handshake with a certificate, and every record adds a header and a tag. The answer is not to drop TLS but to open fewer connections: gRPC, with TLS, took {c.shootout.wireBytes} bytes on {c.shootout.connections}.</source>
        <extracomment>quiz.questions</extracomment>
        <translation>{b.shootout.wireBytes} 对 {a.shootout.wireBytes} 字节，约 {b.shootout.wireBytes / a.shootout.wireBytes:1} 倍。HTTPS 的 {b.shootout.connections} 个连接各自进行了带证书的握手，每个记录还要加上头部和认证标签。解决办法不是放弃 TLS，而是少开连接：同样使用 TLS 的 gRPC 在 {c.shootout.connections} 个连接上只用了 {c.shootout.wireBytes} 字节。</translation>
    </message>
    <message>
        <source>HTTP/2 server push, and why browsers dropped it</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>HTTP/2 服务器推送，以及浏览器为何放弃了它</translation>
    </message>
    <message>
        <source>Watch an HTTP/2 server push a page&apos;s objects before they are asked for, measure the round trip it saves and what it costs, and learn why Early Hints and preload replaced it.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>观察 HTTP/2 服务器如何在页面对象被请求之前就把它们推送过来，测量它节省的往返和付出的代价，并了解 Early Hints 和 preload 为何取代了它。</translation>
    </message>
    <message>
        <source>The round trip push wants to save</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>推送想要节省的那个往返</translation>
    </message>
    <message>
        <source>A browser cannot ask for a page&apos;s images, scripts and style sheets before it has received the
HTML **document** and found them in it. However fast the connection, that costs one extra
**round trip**: document first, then the requests for everything it names.

HTTP/2 **server push** tries to remove that round trip. The server knows which objects the
document will need, so along with the document it sends them unasked.

Both sides load the same small page over HTTP/2. Side **A** asks for every object; side **B**&apos;s
server pushes them. Follow the arrows in the ladder.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>浏览器在收到 HTML **文档**并从中找到页面的图片、脚本和样式表之前，
无法请求它们。无论连接多快，这都要多付出一个
**往返**：先取文档，再请求文档中提到的所有内容。

HTTP/2 **服务器推送**试图消除这个往返。服务器知道文档需要哪些对象，
于是在发送文档的同时，主动把它们一并发送过去。

两侧都通过 HTTP/2 加载同一个小页面。**A** 侧请求每个对象；**B** 侧的
服务器主动推送它们。请跟着时序图中的箭头看。</translation>
    </message>
    <message>
        <source>How many milliseconds sooner does side B, with push, have the whole page?</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>使用推送的 B 侧，拿到完整页面要早多少毫秒？</translation>
    </message>
    <message>
        <source>Side A took {a.totalTimeMs:0} ms and side B {b.totalTimeMs:0} ms, a gain of {a.totalTimeMs - b.totalTimeMs:0} ms against a round-trip time of {knob.rttMs} ms. Side A needed {a.roundTrips} round trips (TCP, TLS, the document, the objects); side B {b.roundTrips}, because the objects came with the document. For a small page that fits in TCP&apos;s first flights, push saves about one round trip.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>A 侧用了 {a.totalTimeMs:0} ms，B 侧用了 {b.totalTimeMs:0} ms，快了 {a.totalTimeMs - b.totalTimeMs:0} ms，而往返时间为 {knob.rttMs} ms。A 侧需要 {a.roundTrips} 个往返（TCP、TLS、文档、各对象）；B 侧需要 {b.roundTrips} 个，因为对象是随文档一起来的。对于能装进 TCP 最初几轮发送的小页面，推送大约能节省一个往返。</translation>
    </message>
    <message>
        <source>PUSH_PROMISE: announcing a response nobody asked for</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>PUSH_PROMISE：预告一个没人请求过的响应</translation>
    </message>
    <message>
        <source>A push starts with a `PUSH_PROMISE` frame (RFC 9113, section 8.4). The server sends it on the
stream of the request it relates to, here stream 1, the document&apos;s, and it carries:

- the **promised stream id**, a new **even** id, because the server opens it;
- a **header block** with the request the server pretends the client made (`:method GET`,
  `:path` of the object), HPACK-compressed like any other.

The response then comes on the promised stream as usual: `HEADERS`, then `DATA`. The server
sends the promises **before** the document&apos;s body, so the client learns that an object is on
its way before it can read the reference to it and request it itself.

The rules keep push safe: only **safe, cacheable** requests without a body may be promised, only
for an origin the server is authoritative for. A client can refuse a single push with
`RST_STREAM`, or all pushes by sending `SETTINGS_ENABLE_PUSH = 0` in its first `SETTINGS`.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>推送从一个 `PUSH_PROMISE` 帧开始（RFC 9113 第 8.4 节）。服务器在与之相关的请求所在的
流上发送它，这里是文档所在的流 1，它携带：

- **承诺的流 id**，一个新的**偶数** id，因为该流由服务器打开；
- 一个**头部块**，内容是服务器假装由客户端发出的请求（`:method GET`、
  对象的 `:path`），和其他头部块一样经过 HPACK 压缩。

随后响应照常在承诺的流上到来：先是 `HEADERS`，然后是 `DATA`。服务器在
文档正文**之前**发送这些承诺，这样客户端在读到对象的引用并自己去请求之前，
就已经知道该对象正在路上。

一些规则保证推送是安全的：只有不带正文的**安全、可缓存**请求才能被承诺，而且
只能针对服务器具有权威的源。客户端可以用 `RST_STREAM` 拒绝单个推送，
也可以在第一个 `SETTINGS` 中发送 `SETTINGS_ENABLE_PUSH = 0` 拒绝所有推送。</translation>
    </message>
    <message>
        <source>How many fewer requests (HEADERS frames sent by the client) did side B send than side A?</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>B 侧比 A 侧少发送了多少个请求（客户端发送的 HEADERS 帧）？</translation>
    </message>
    <message>
        <source>Side A sent {count(a, &quot;http2.HEADERS client c2s&quot;)} requests, side B only {count(b, &quot;http2.HEADERS client c2s&quot;)}, for the document. The client received {count(b, &quot;http2.PUSH_PROMISE client&quot;)} PUSH_PROMISE frames and {b.objectsPushed} of its {b.objectsCompleted} objects were pushed, each on a stream the server opened. Requests that are never made cost no upstream bytes either: side B sent {b.wireBytesUp} bytes to the server against {a.wireBytesUp} for side A.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>A 侧发送了 {count(a, &quot;http2.HEADERS client c2s&quot;)} 个请求，B 侧只为文档发送了 {count(b, &quot;http2.HEADERS client c2s&quot;)} 个。客户端收到了 {count(b, &quot;http2.PUSH_PROMISE client&quot;)} 个 PUSH_PROMISE 帧，其 {b.objectsCompleted} 个对象中有 {b.objectsPushed} 个是被推送的，每个都在服务器打开的流上。从未发出的请求也不花费上行字节：B 侧向服务器发送了 {b.wireBytesUp} 字节，A 侧则为 {a.wireBytesUp} 字节。</translation>
    </message>
    <message>
        <source>Why the promise comes first</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>为什么承诺要先发</translation>
    </message>
    <message>
        <source>The playback stopped where the document&apos;s response reaches the client. The server sent all the
`PUSH_PROMISE` frames on stream 1 first, and only then the responses: the document&apos;s on stream 1
and the pushed ones on their even streams.

    stream 1:   PUSH_PROMISE (2)  PUSH_PROMISE (4) ...  HEADERS  DATA (the document)
    stream 2:                                           HEADERS  DATA (object 1)
    stream 4:                                           HEADERS  DATA (object 2)

The order is deliberate, and RFC 9113 asks servers to keep it.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>回放停在了文档响应到达客户端的地方。服务器先在流 1 上发送了所有
`PUSH_PROMISE` 帧，然后才发送响应：文档的响应在流 1 上，
被推送的响应在各自的偶数流上。

    stream 1:   PUSH_PROMISE (2)  PUSH_PROMISE (4) ...  HEADERS  DATA (文档)
    stream 2:                                           HEADERS  DATA (对象 1)
    stream 4:                                           HEADERS  DATA (对象 2)

这个顺序是有意为之的，RFC 9113 要求服务器保持这一顺序。</translation>
    </message>
    <message>
        <source>Why does the server send the PUSH_PROMISE frames before the document&apos;s DATA?</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>为什么服务器要在文档的 DATA 之前发送 PUSH_PROMISE 帧？</translation>
    </message>
    <message>
        <source>Because the client must acknowledge every promise before the document may be sent</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>因为客户端必须先确认每个承诺，文档才能发送</translation>
    </message>
    <message>
        <source>So the client knows the objects are coming before it finds them in the document and requests them itself</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>为了让客户端在从文档中找到这些对象并自己请求之前，就知道它们正在路上</translation>
    </message>
    <message>
        <source>Because a PUSH_PROMISE may only be sent on a stream that has not sent DATA yet</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>因为 PUSH_PROMISE 只能在尚未发送过 DATA 的流上发送</translation>
    </message>
    <message>
        <source>To fill the HPACK dynamic table before the document&apos;s headers are compressed</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>为了在压缩文档的头部之前填充 HPACK 动态表</translation>
    </message>
    <message>
        <source>If the document arrived first, the client could parse a reference and send its own request for that object while the push is still in flight, and the object would cross the wire twice. Promising first removes that race. Nothing is acknowledged: the server does not wait for the client at all, which is where the saved round trip comes from. Nor must promises precede all DATA: they need an open stream and must only come before the frames that refer to the pushed object. Here the client received its first promise {firstMs(b, &quot;http2.HEADERS client s2c stream=1&quot;) - firstMs(b, &quot;http2.PUSH_PROMISE client&quot;):1} ms before the document&apos;s response headers.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>如果文档先到，客户端可能会解析出某个引用，并在推送仍在途中时自己发出对该对象的请求，这样对象就会在线路上传输两次。先发承诺就消除了这种竞争。这里没有任何确认：服务器根本不等待客户端，省下的往返正是由此而来。承诺也不必排在所有 DATA 之前：它们需要一个打开的流，并且只需排在引用被推送对象的那些帧之前。这里客户端收到第一个承诺的时间比收到文档的响应头部早 {firstMs(b, &quot;http2.HEADERS client s2c stream=1&quot;) - firstMs(b, &quot;http2.PUSH_PROMISE client&quot;):1} ms。</translation>
    </message>
    <message>
        <source>Pushing more than the first flight holds</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>推送超出第一轮发送的容量</translation>
    </message>
    <message>
        <source>The same comparison with a bigger page: more and larger objects. A new TCP connection may only
send a limited amount before it hears back from the client: its **initial congestion window**,
ten segments here, as in most real stacks. TLS adds its own unit: a **record** of up to 16 KB
can only be decrypted once all of it has arrived.

With push, the server writes the document and all the pushed responses at once. Look at when
the document&apos;s first bytes reach the client on each side.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>同样的对比，换成一个更大的页面：对象更多也更大。新的 TCP 连接在收到客户端的回音之前，
只能发送有限的数据量：即它的**初始拥塞窗口**，这里是十个报文段，与大多数真实协议栈相同。
TLS 还有它自己的单位：一个最大 16 KB 的**记录**
必须全部到达后才能解密。

使用推送时，服务器会一次性写出文档和所有被推送的响应。请观察两侧
文档的最初几个字节分别在何时到达客户端。</translation>
    </message>
    <message>
        <source>With the bigger page, when does the document&apos;s response reach the client with push, compared with side A?</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>页面更大时，使用推送的一侧，文档的响应到达客户端的时间与 A 侧相比如何？</translation>
    </message>
    <message>
        <source>Sooner with push</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>使用推送更早</translation>
    </message>
    <message>
        <source>About the same time</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>差不多同时</translation>
    </message>
    <message>
        <source>Later with push</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>使用推送更晚</translation>
    </message>
    <message>
        <source>The first response byte reached the client after {b.timeToFirstByteMs:0} ms with push and {a.timeToFirstByteMs:0} ms without. The pushed responses leave together with the document and compete with it for the first flight: when they do not fit in it, the document can end up waiting a round trip for pushed bytes to make room, because TCP sends in order and TLS decrypts whole records. The whole page took {b.totalTimeMs:0} ms with push against {a.totalTimeMs:0} ms without, where a round trip is {knob.rttMs} ms: compare that with the round trip push saved on the small page. Once the page is larger than the first flights, the bottleneck is the congestion window, not the missing requests, and push cannot send faster than TCP allows.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>使用推送时，响应的第一个字节在 {b.timeToFirstByteMs:0} ms 后到达客户端，不使用推送时为 {a.timeToFirstByteMs:0} ms。被推送的响应与文档一起发出，并与文档争夺第一轮发送的容量：当它们装不下时，文档可能要多等一个往返，等被推送的字节腾出位置，因为 TCP 按顺序发送，而 TLS 按整个记录解密。整个页面使用推送用了 {b.totalTimeMs:0} ms，不使用推送用了 {a.totalTimeMs:0} ms，而一个往返是 {knob.rttMs} ms：请与推送在小页面上节省的那个往返比较一下。一旦页面大于最初几轮发送的容量，瓶颈就是拥塞窗口，而不是缺少的请求，推送无法比 TCP 允许的更快。</translation>
    </message>
    <message>
        <source>Why browsers gave up on push</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>浏览器为何放弃了推送</translation>
    </message>
    <message>
        <source>Push looked like a free round trip, and in practice it rarely was. Chrome turned it off in 2022
(version 106), Firefox removed it in 2024, and nginx dropped it from its server. RFC 9113 itself
calls push difficult to use effectively. The reasons:

- **The server cannot see the cache.** A returning visitor already has the style sheet and the
  logo; the server pushes them anyway. The client can cancel with `RST_STREAM`, but by the time
  that arrives, a round trip of pushed bytes is already on the wire: **wasted bytes**.
- **It competes with what matters.** Pushed bytes take bandwidth and congestion window from the
  document and from requests the browser would have ranked higher, as the last run showed.
- **It is hard to get right.** What to push, when, and how much depends on the page, the cache
  and the network; most sites that tried it measured little gain, some a loss.

Very few sites used it at all, so browsers removed the code rather than keep maintaining it.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>推送看起来像是白送一个往返，但实际上很少如此。Chrome 在 2022 年（106 版）关闭了它，
Firefox 在 2024 年移除了它，nginx 也从其服务器中去掉了它。RFC 9113 本身
也称推送难以有效使用。原因如下：

- **服务器看不到缓存。**回访的用户已经有样式表和
  标志图片了，服务器照样推送。客户端可以用 `RST_STREAM` 取消，但等到取消
  到达时，一个往返的推送字节已经在线路上了：**浪费的字节**。
- **它与重要的内容争抢资源。**被推送的字节会从文档以及浏览器本会优先处理的
  请求那里抢走带宽和拥塞窗口，正如上一次运行所示。
- **它很难用好。**推送什么、何时推送、推送多少，取决于页面、缓存
  和网络；大多数尝试过的网站测得的收益很小，有些甚至变慢了。

真正使用它的网站寥寥无几，所以浏览器干脆删除了这部分代码，而不是继续维护。</translation>
    </message>
    <message>
        <source>A returning visitor has every object of the page in the browser cache. The server pushes them anyway. What happens?</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>回访用户的浏览器缓存中已有页面的所有对象，服务器照样推送它们。会发生什么？</translation>
    </message>
    <message>
        <source>The server sees the browser&apos;s cache and skips the objects already there</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>服务器能看到浏览器的缓存，并跳过已存在的对象</translation>
    </message>
    <message>
        <source>The browser refuses the PUSH_PROMISE frames, so no data is sent</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>浏览器拒绝 PUSH_PROMISE 帧，因此不会发送任何数据</translation>
    </message>
    <message>
        <source>Nothing is wasted: pushed objects only replace the copies in the cache</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>没有浪费：被推送的对象只是替换缓存中的副本</translation>
    </message>
    <message>
        <source>The pushed bytes cross the network anyway, at least until the browser&apos;s RST_STREAM reaches the server</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>被推送的字节照样穿过网络，至少要等浏览器的 RST_STREAM 到达服务器为止</translation>
    </message>
    <message>
        <source>HTTP/2 gives the server no view of the client&apos;s cache (a proposal for &quot;cache digests&quot; was abandoned). The browser can reset each pushed stream once it sees the promise, but the server started sending at once, so up to a round trip&apos;s worth of pushed data is already on its way when the reset arrives. In this run the client received {bytes(b, &quot;http2.DATA client s2c&quot;)} bytes of DATA; for a visitor with a warm cache, the pushed part of that would be waste.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>HTTP/2 不让服务器了解客户端的缓存（“缓存摘要”的提案已被放弃）。浏览器看到承诺后可以重置每个被推送的流，但服务器一开始就已经在发送了，所以当重置到达时，最多一个往返的推送数据已经在路上。在这次运行中，客户端收到了 {bytes(b, &quot;http2.DATA client s2c&quot;)} 字节的 DATA；对于缓存已热的访客，其中被推送的部分就是浪费。</translation>
    </message>
    <message>
        <source>The replacement: 103 Early Hints and preload</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>替代方案：103 Early Hints 和 preload</translation>
    </message>
    <message>
        <source>What replaced push leaves the decision with the **browser**, which knows its cache:

- **Preload**: a `Link: &lt;/style.css&gt;; rel=preload; as=style` header, or the same as a
  `&lt;link rel=&quot;preload&quot;&gt;` element, tells the browser early which objects the page needs. It
  checks its cache and requests only what is missing.
- **103 Early Hints** (RFC 8297): while the server is still producing the page, it sends an
  interim `103` response with those `Link` headers. The browser starts its requests (or opens
  connections with `rel=preconnect`) during the server&apos;s thinking time; the final `200`
  response follows when the page is ready.

    client  GET /  ----------------------&gt;
            &lt;----------------------------  103 Early Hints  (Link: style.css; rel=preload)
            GET /style.css  -------------&gt;        (server still building the page)
            &lt;----------------------------  200 OK  (the document)

The browser pays for a request, but it sends it while it would otherwise sit idle, and it
never fetches what it already has.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>取代推送的方案把决定权交给了**浏览器**，因为浏览器了解自己的缓存：

- **Preload**：一个 `Link: &lt;/style.css&gt;; rel=preload; as=style` 头部，或等效的
  `&lt;link rel=&quot;preload&quot;&gt;` 元素，可以提早告诉浏览器页面需要哪些对象。浏览器
  会检查缓存，只请求缺少的对象。
- **103 Early Hints**（RFC 8297）：服务器还在生成页面时，就发送一个带有这些 `Link` 头部的
  临时 `103` 响应。浏览器在服务器思考期间就开始发请求（或用 `rel=preconnect`
  打开连接）；页面准备好后，最终的 `200`
  响应随之而来。

    client  GET /  ----------------------&gt;
            &lt;----------------------------  103 Early Hints  (Link: style.css; rel=preload)
            GET /style.css  -------------&gt;        (服务器仍在构建页面)
            &lt;----------------------------  200 OK  (文档)

浏览器要付出一个请求，但它是在本来会闲着的时间里发出的，而且
从不获取已有的内容。</translation>
    </message>
    <message>
        <source>Why is 103 Early Hints safer than server push?</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>为什么 103 Early Hints 比服务器推送更安全？</translation>
    </message>
    <message>
        <source>Early Hints sends the objects in a compressed form</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Early Hints 以压缩形式发送对象</translation>
    </message>
    <message>
        <source>Early Hints needs no extra requests at all</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Early Hints 完全不需要额外的请求</translation>
    </message>
    <message>
        <source>The browser decides what to fetch, and skips what its cache already holds</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>由浏览器决定获取什么，并跳过缓存中已有的内容</translation>
    </message>
    <message>
        <source>Early Hints makes the server skip the objects the browser already has</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Early Hints 让服务器跳过浏览器已有的对象</translation>
    </message>
    <message>
        <source>Early Hints only names resources; the browser decides whether to fetch them, so a warm cache costs nothing and the browser&apos;s own priorities stay in charge. It does cost the requests that push avoided, {count(a, &quot;http2.HEADERS client c2s&quot;) - count(b, &quot;http2.HEADERS client c2s&quot;)} of them for this page, but they leave early, while the server is still working on the page, so the time it spends thinking is no longer time the browser spends idle.</source>
        <extracomment>server-push.lesson</extracomment>
        <translation>Early Hints 只是列出资源名称；是否获取由浏览器决定，因此缓存已热时没有任何代价，浏览器自己的优先级也仍然说了算。它确实要付出推送所省下的那些请求，这个页面是 {count(a, &quot;http2.HEADERS client c2s&quot;) - count(b, &quot;http2.HEADERS client c2s&quot;)} 个，但这些请求发出得很早，当时服务器仍在处理页面，所以服务器思考的时间不再是浏览器闲等的时间。</translation>
    </message>
    <message>
        <source>TLS 1.2 against TLS 1.3: the full handshake</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>TLS 1.2 对比 TLS 1.3：完整握手</translation>
    </message>
    <message>
        <source>Why TLS 1.3 needs one round trip of handshake where TLS 1.2 needs two, what a HelloRetryRequest costs, and how a version mismatch ends in an alert.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>为什么 TLS 1.3 的握手只需一个往返而 TLS 1.2 需要两个，HelloRetryRequest 要付出什么代价，以及版本不匹配如何以告警 (alert) 告终。</translation>
    </message>
    <message>
        <source>TLS 1.2: two round trips before the request</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>TLS 1.2：请求之前要两个往返</translation>
    </message>
    <message>
        <source>Both sides make one HTTPS request after a **full handshake**: no earlier session to build on.
Side A speaks TLS 1.2 (RFC 5246), side B TLS 1.3 (RFC 8446). Follow side A on the ladder:

    ClientHello                 ----&gt;
                                &lt;----  ServerHello, Certificate,
                                       ServerKeyExchange, ServerHelloDone
    ClientKeyExchange,
    ChangeCipherSpec, Finished  ----&gt;
                                &lt;----  NewSessionTicket,
                                       ChangeCipherSpec, Finished
    GET /                       ----&gt;

- `ClientHello` offers versions, **cipher suites** and extensions; `ServerHello` picks one.
- `Certificate` proves who the server is; `ServerKeyExchange` holds the server&apos;s ephemeral
  ECDHE public key, signed with the certificate&apos;s key.
- Only now can the client send its own public key (`ClientKeyExchange`): the playback stopped
  there. Both sides compute the same secret; `ChangeCipherSpec` switches to the new keys and
  `Finished` proves that both saw the same handshake.

The client must hear the server&apos;s `Finished` before it sends its request: two round trips of
handshake, on top of TCP&apos;s one.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>两侧都在一次**完整握手**之后发出一个 HTTPS 请求：没有可以沿用的先前会话。
A 侧使用 TLS 1.2（RFC 5246），B 侧使用 TLS 1.3（RFC 8446）。请在时序图上跟踪 A 侧：

    ClientHello                 ----&gt;
                                &lt;----  ServerHello, Certificate,
                                       ServerKeyExchange, ServerHelloDone
    ClientKeyExchange,
    ChangeCipherSpec, Finished  ----&gt;
                                &lt;----  NewSessionTicket,
                                       ChangeCipherSpec, Finished
    GET /                       ----&gt;

- `ClientHello` 提供版本、**密码套件**和扩展；`ServerHello` 从中选定一个。
- `Certificate` 证明服务器的身份；`ServerKeyExchange` 包含服务器的临时
  ECDHE 公钥，并用证书的密钥签名。
- 直到这时，客户端才能发送自己的公钥（`ClientKeyExchange`）：回放就停在
  这里。双方计算出相同的密钥；`ChangeCipherSpec` 切换到新密钥，
  `Finished` 证明双方看到的是同一个握手。

客户端必须收到服务器的 `Finished` 后才能发送请求：握手需要两个往返，
另外还有 TCP 的一个。</translation>
    </message>
    <message>
        <source>How many round trips does side A&apos;s TLS 1.2 handshake take, from the client&apos;s ClientHello until the handshake is complete at the client?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>从客户端发出 ClientHello 到客户端完成握手，A 侧的 TLS 1.2 握手用了多少个往返？</translation>
    </message>
    <message>
        <source>From `ClientHello` to a complete handshake took {(firstMs(a, &quot;tls.HandshakeComplete client&quot;) - firstMs(a, &quot;tls.HandshakeMessage client flags=1&quot;)) / knob.rttMs:2} round trips. The client cannot send `ClientKeyExchange` before it has the server&apos;s key exchange parameters, and the server&apos;s `Finished` needs one more crossing after that. With TCP&apos;s handshake and the request itself, the first response byte came after {a.roundTrips} round trips.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>从 `ClientHello` 到握手完成用了 {(firstMs(a, &quot;tls.HandshakeComplete client&quot;) - firstMs(a, &quot;tls.HandshakeMessage client flags=1&quot;)) / knob.rttMs:2} 个往返。客户端在拿到服务器的密钥交换参数之前无法发送 `ClientKeyExchange`，而服务器的 `Finished` 在此之后还需要再穿越一次网络。加上 TCP 握手和请求本身，响应的第一个字节在 {a.roundTrips} 个往返之后才到达。</translation>
    </message>
    <message>
        <source>TLS 1.3: the key share goes first</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>TLS 1.3：密钥共享先行</translation>
    </message>
    <message>
        <source>TLS 1.3 saves a round trip with a guess. The client assumes the server will accept a common
group (here X25519) and puts its ephemeral public key into the `ClientHello` straight away, in the
**`key_share`** extension; the inspector shows it. The server can then answer with everything in
one flight:

    ClientHello + key_share     ----&gt;
                                &lt;----  ServerHello + key_share,
                                       [EncryptedExtensions, Certificate,
                                        CertificateVerify, Finished]
    [Finished], [GET /]         ----&gt;

Everything in brackets is encrypted: the keys exist as soon as the `ServerHello` has delivered
the server&apos;s share. `CertificateVerify` is the server&apos;s signature over the whole handshake so
far. The client checks it and the server&apos;s `Finished`, then sends its own `Finished` together
with the request. The `ChangeCipherSpec` messages on the ladder are dummies that TLS 1.3 sends
only so that old middleboxes let the connection through.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>TLS 1.3 靠一个猜测省下一个往返。客户端假定服务器会接受某个常用
组（这里是 X25519），并直接把自己的临时公钥放进 `ClientHello` 的
**`key_share`** 扩展中；检查器中可以看到它。这样服务器就能在
一轮发送中答复所有内容：

    ClientHello + key_share     ----&gt;
                                &lt;----  ServerHello + key_share,
                                       [EncryptedExtensions, Certificate,
                                        CertificateVerify, Finished]
    [Finished], [GET /]         ----&gt;

方括号中的所有内容都是加密的：`ServerHello` 送达服务器的密钥共享后，
密钥就已存在。`CertificateVerify` 是服务器对到目前为止整个握手的签名。
客户端检查它和服务器的 `Finished`，然后把自己的 `Finished` 与请求
一起发送。时序图上的 `ChangeCipherSpec` 消息是哑消息，TLS 1.3 发送它们
只是为了让老旧的中间设备放行连接。</translation>
    </message>
    <message>
        <source>Now side B. How many round trips until its first response byte, TCP&apos;s handshake included?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>现在看 B 侧。包括 TCP 握手在内，到第一个响应字节为止需要多少个往返？</translation>
    </message>
    <message>
        <source>{b.roundTrips} round trips: one for TCP, one for the whole TLS 1.3 handshake, one for the request and its response. Side A needed {a.roundTrips}. At this RTT the first byte came after {b.timeToFirstByteMs:0} ms against {a.timeToFirstByteMs:0} ms: the difference is one round trip, and it grows with the distance to the server.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>{b.roundTrips} 个往返：TCP 一个，整个 TLS 1.3 握手一个，请求及其响应一个。A 侧需要 {a.roundTrips} 个。在这个 RTT 下，第一个字节在 {b.timeToFirstByteMs:0} ms 后到达，A 侧为 {a.timeToFirstByteMs:0} ms：相差一个往返，且离服务器越远，差距越大。</translation>
    </message>
    <message>
        <source>Where did the key exchange messages go?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>密钥交换消息去哪儿了？</translation>
    </message>
    <message>
        <source>Compare the messages of the two sides. TLS 1.3 has no `ServerKeyExchange`, no `ClientKeyExchange`
and no `ServerHelloDone`. It also removed a lot that TLS 1.2 still allowed:

- **static RSA key exchange**, where the client encrypted the secret with the server&apos;s
  certificate key: whoever later stole that key could decrypt every recorded session;
- ciphers without built-in integrity (CBC with a separate MAC, RC4); only **AEAD** ciphers
  remain;
- renegotiation and compression.

Every full TLS 1.3 handshake uses an ephemeral (EC)DHE exchange, so it always has **forward
secrecy**: stealing the server&apos;s private key later does not open recorded traffic.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>比较两侧的消息。TLS 1.3 没有 `ServerKeyExchange`、没有 `ClientKeyExchange`，
也没有 `ServerHelloDone`。它还删除了许多 TLS 1.2 仍然允许的东西：

- **静态 RSA 密钥交换**，即客户端用服务器证书的密钥加密秘密值：
  日后谁偷到了这把密钥，就能解密每一个被录下的会话；
- 没有内置完整性保护的密码（CBC 加单独的 MAC、RC4）；只保留了 **AEAD**
  密码；
- 重新协商和压缩。

每次完整的 TLS 1.3 握手都使用临时 (EC)DHE 交换，因此总是具有**前向
保密性**：日后偷到服务器的私钥也无法解开被录下的流量。</translation>
    </message>
    <message>
        <source>TLS 1.3 sends no ServerKeyExchange or ClientKeyExchange. Where is its key exchange?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>TLS 1.3 不发送 ServerKeyExchange 或 ClientKeyExchange。它的密钥交换在哪里？</translation>
    </message>
    <message>
        <source>In the Certificate: the client encrypts a secret with the server&apos;s public key</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>在 Certificate 中：客户端用服务器的公钥加密一个秘密值</translation>
    </message>
    <message>
        <source>In the key_share extensions of the ClientHello and the ServerHello</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>在 ClientHello 和 ServerHello 的 key_share 扩展中</translation>
    </message>
    <message>
        <source>In the Finished messages</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>在 Finished 消息中</translation>
    </message>
    <message>
        <source>In the NewSessionTicket messages after the handshake</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>在握手之后的 NewSessionTicket 消息中</translation>
    </message>
    <message>
        <source>The client&apos;s public key rides in the `ClientHello`&apos;s `key_share`, the server&apos;s in the `ServerHello`&apos;s (the inspector shows it). Both sides compute the shared secret from these two messages alone, which is why the server&apos;s very first flight can already be encrypted and end with `Finished`. Encrypting a secret with the certificate&apos;s key (RSA key transport) is exactly what TLS 1.3 removed, because it gave no forward secrecy.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>客户端的公钥放在 `ClientHello` 的 `key_share` 中，服务器的公钥放在 `ServerHello` 的同一扩展中（检查器中可以看到）。双方仅凭这两条消息就能算出共享密钥，这就是为什么服务器的第一轮发送就已经可以加密，并以 `Finished` 结尾。用证书的密钥加密秘密值（RSA 密钥传输）正是 TLS 1.3 删除的做法，因为它不提供前向保密性。</translation>
    </message>
    <message>
        <source>When the guess is wrong: HelloRetryRequest</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>猜错时：HelloRetryRequest</translation>
    </message>
    <message>
        <source>The key share in the `ClientHello` is a guess. Both clients here support X25519 and P-256, but
send a key share for X25519 only (a key share per group would make every `ClientHello` larger).
Side A&apos;s server accepts X25519. Side B&apos;s server accepts **only P-256**.

B&apos;s server cannot compute a secret from a share it does not accept, so it answers with a
**HelloRetryRequest**: a `ServerHello` with a special fixed random value, naming the group it
wants. The client must start again with a second `ClientHello` carrying a P-256 key share. The
playback stopped at the HelloRetryRequest.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>`ClientHello` 中的密钥共享是一个猜测。这里的两个客户端都支持 X25519 和 P-256，但
只发送了 X25519 的密钥共享（为每个组都发送密钥共享会让每个 `ClientHello` 变大）。
A 侧的服务器接受 X25519。B 侧的服务器**只接受 P-256**。

B 侧的服务器无法用它不接受的密钥共享计算出秘密值，于是回复一个
**HelloRetryRequest**：一个带有特殊固定随机值的 `ServerHello`，指明它
想要的组。客户端必须重新开始，发送第二个携带 P-256 密钥共享的 `ClientHello`。
回放停在了 HelloRetryRequest 处。</translation>
    </message>
    <message>
        <source>How many ClientHello messages did side B&apos;s client send?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>B 侧的客户端发送了多少条 ClientHello 消息？</translation>
    </message>
    <message>
        <source>{count(b, &quot;tls.HandshakeMessage client c2s flags=1&quot;)} `ClientHello` messages, against {count(a, &quot;tls.HandshakeMessage client c2s flags=1&quot;)} on side A. The second one could only leave once the HelloRetryRequest had arrived, so the handshake took one full round trip more: {b.roundTrips} round trips until the first response byte instead of {a.roundTrips}.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>{count(b, &quot;tls.HandshakeMessage client c2s flags=1&quot;)} 条 `ClientHello` 消息，A 侧为 {count(a, &quot;tls.HandshakeMessage client c2s flags=1&quot;)} 条。第二条只能在 HelloRetryRequest 到达之后才发出，所以握手多用了整整一个往返：到第一个响应字节需要 {b.roundTrips} 个往返，而不是 {a.roundTrips} 个。</translation>
    </message>
    <message>
        <source>What the retry costs</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>重试的代价</translation>
    </message>
    <message>
        <source>On the lanes both handshakes line up until the server&apos;s first answer; from there side B runs
one round trip behind. That is the whole cost of a HelloRetryRequest: one RTT, and the bytes of a
second `ClientHello`.

It is avoidable. Clients send a key share for the group servers most often accept (today
X25519), and servers that prefer another group may still accept the share the client already
sent. A server configured like B&apos;s forces the extra round trip on nearly every new connection.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>在泳道上，两侧的握手在服务器第一次应答之前是对齐的；从那以后 B 侧
落后一个往返。这就是 HelloRetryRequest 的全部代价：一个 RTT，外加
第二个 `ClientHello` 的字节。

这是可以避免的。客户端会为服务器最常接受的组（如今是
X25519）发送密钥共享，而偏好其他组的服务器仍然可以接受客户端已经
发送的密钥共享。像 B 侧那样配置的服务器，几乎会让每个新连接都多付出一个往返。</translation>
    </message>
    <message>
        <source>How many milliseconds later than side A did side B receive its first response byte?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>B 侧收到第一个响应字节比 A 侧晚多少毫秒？</translation>
    </message>
    <message>
        <source>{b.timeToFirstByteMs - a.timeToFirstByteMs:0} ms later, close to one round trip of {knob.rttMs} ms: the extra crossing of the HelloRetryRequest and the second `ClientHello`. Side B also put {b.tlsBytes - a.tlsBytes} more TLS bytes on the wire.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>晚了 {b.timeToFirstByteMs - a.timeToFirstByteMs:0} ms，接近一个 {knob.rttMs} ms 的往返：这是 HelloRetryRequest 和第二个 `ClientHello` 多出的一次穿越。B 侧还在线路上多传输了 {b.tlsBytes - a.tlsBytes} 个 TLS 字节。</translation>
    </message>
    <message>
        <source>No version in common</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>没有共同的版本</translation>
    </message>
    <message>
        <source>Client and server must agree on a version. A TLS 1.3 client lists the versions it supports in
the `supported_versions` extension of its `ClientHello`; a TLS 1.2 client has no such extension
and just writes 1.2 in the hello&apos;s version field. The server picks the highest version both
share.

Side B&apos;s client allows TLS 1.2 at most, and its server requires TLS 1.3. There is nothing to
pick, so the server ends the handshake with the fatal alert **`protocol_version`** (alert 70).
No keys were agreed, so the alert travels in the clear.

A related safeguard: when a TLS 1.3 server does settle on TLS 1.2, it writes a fixed marker
into the last bytes of its `ServerHello` random. A TLS 1.3 client that sees the marker knows an
attacker stripped its offer of 1.3 and aborts, so a **downgrade** cannot be forced silently.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>客户端和服务器必须就版本达成一致。TLS 1.3 客户端在其 `ClientHello` 的
`supported_versions` 扩展中列出它支持的版本；TLS 1.2 客户端没有这个扩展，
只在 hello 的版本字段中写上 1.2。服务器选择双方都支持的
最高版本。

B 侧的客户端最高只允许 TLS 1.2，而它的服务器要求 TLS 1.3。无从选择，
于是服务器以致命告警 **`protocol_version`**（告警 70）结束握手。
由于尚未协商出任何密钥，该告警以明文传输。

一个相关的保护措施：当 TLS 1.3 服务器确实选定 TLS 1.2 时，它会在 `ServerHello`
随机数的最后几个字节中写入一个固定标记。看到该标记的 TLS 1.3 客户端就知道
有攻击者删掉了它对 1.3 的提议，于是中止连接，因此**降级**无法被悄悄强加。</translation>
    </message>
    <message>
        <source>Who ended side B&apos;s handshake, and when?</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>谁结束了 B 侧的握手？在什么时候？</translation>
    </message>
    <message>
        <source>The server, in answer to the ClientHello</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>服务器，在回应 ClientHello 时</translation>
    </message>
    <message>
        <source>The client, after it had seen the ServerHello</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>客户端，在看到 ServerHello 之后</translation>
    </message>
    <message>
        <source>Nobody: both settled on TLS 1.2</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>没有人：双方都选定了 TLS 1.2</translation>
    </message>
    <message>
        <source>The version is the server&apos;s choice, made from the `ClientHello` alone, so the server was the one to refuse, at once, without sending a `ServerHello`: side B failed after {b.roundTrips} round trips and only {b.tlsBytes} bytes of TLS. A fatal alert ends the connection; the client could only retry with other settings.</source>
        <extracomment>tls-handshakes.lesson</extracomment>
        <translation>版本由服务器仅凭 `ClientHello` 作出选择，因此拒绝的是服务器，而且是立即拒绝，没有发送 `ServerHello`：B 侧在 {b.roundTrips} 个往返后失败，只传输了 {b.tlsBytes} 字节的 TLS 数据。致命告警会终止连接；客户端只能换用其他设置重试。</translation>
    </message>
    <message>
        <source>Coming back: session resumption and 0-RTT</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>再次访问：会话恢复与 0-RTT</translation>
    </message>
    <message>
        <source>How a session ticket lets a returning client skip the certificate (and, in TLS 1.2, a round trip), and why TLS 1.3&apos;s 0-RTT early data is faster but can be replayed.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>会话票据如何让回访的客户端跳过证书（在 TLS 1.2 中还能省一个往返），以及为什么 TLS 1.3 的 0-RTT 早期数据更快却可能被重放。</translation>
    </message>
    <message>
        <source>A ticket to come back with</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>一张回来用的票据</translation>
    </message>
    <message>
        <source>A full handshake is expensive: round trips, a certificate chain to send and to check, a
signature to make and to verify, a key exchange to compute. A browser opens many connections to
the same servers, so TLS lets a client **resume** a session it had before.

At the end of side A&apos;s full handshake the server sent a **`NewSessionTicket`**; the inspector
shows it. A **session ticket** (RFC 5077) is the session&apos;s state, above all its master secret,
encrypted under a key that only the server knows. The client cannot read it; it just keeps it
and hands it back next time. The server then needs no per-client memory: a ticket-encryption key
shared by all its machines is enough. (The older way, a **session ID**, made the server keep a
cache of sessions.)

Side B is such a return visit: before the clock started, a first connection, not recorded,
obtained a ticket, and side B&apos;s `ClientHello` carries it in its `session_ticket` extension.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>完整握手的代价很高：要多个往返，要发送并校验证书链，要生成并验证
签名，还要计算密钥交换。浏览器会向同一批服务器打开许多连接，
因此 TLS 允许客户端**恢复**之前的会话。

在 A 侧完整握手的末尾，服务器发送了一个 **`NewSessionTicket`**；检查器中
可以看到它。**会话票据**（RFC 5077）就是会话的状态，其中最重要的是主密钥，
用只有服务器知道的密钥加密。客户端无法读取它；只是把它保存起来，
下次再交还。这样服务器就无需为每个客户端保存状态：所有机器共享一把
票据加密密钥就够了。（较老的方式是**会话 ID**，它要求服务器维护一个
会话缓存。）

B 侧就是这样一次回访：在计时开始之前，一个未被记录的首次连接
获得了一张票据，B 侧的 `ClientHello` 在其 `session_ticket` 扩展中携带了它。</translation>
    </message>
    <message>
        <source>TLS 1.2 resumed: one round trip</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>TLS 1.2 会话恢复：一个往返</translation>
    </message>
    <message>
        <source>The server decrypts the ticket, finds the master secret, and goes straight to the end of the
handshake. This is the **abbreviated handshake**:

    ClientHello + ticket         ----&gt;
                                 &lt;----  ServerHello, ChangeCipherSpec, Finished
    ChangeCipherSpec, Finished,
    GET /                        ----&gt;

No `Certificate`, no `ServerKeyExchange`, no `ClientKeyExchange`: the server proves who it is
by being able to open the ticket, and fresh keys are derived from the old master secret and the
two new random values. The server even sends its `Finished` first.

The price: no new key exchange happens. Anyone who later obtains the server&apos;s ticket key can
open recorded tickets, and with them decrypt the recorded sessions they protect, the first one
included. Servers must therefore rotate that key often.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>服务器解密票据，找到主密钥，然后直接跳到握手的结尾。
这就是**简化握手**：

    ClientHello + ticket         ----&gt;
                                 &lt;----  ServerHello, ChangeCipherSpec, Finished
    ChangeCipherSpec, Finished,
    GET /                        ----&gt;

没有 `Certificate`，没有 `ServerKeyExchange`，也没有 `ClientKeyExchange`：服务器能打开票据，
就证明了自己的身份；新的密钥则由旧的主密钥和两个新的随机值
派生出来。服务器甚至先发送了自己的 `Finished`。

代价是：不会进行新的密钥交换。日后任何得到服务器票据密钥的人，都能
打开被录下的票据，进而解密它们所保护的被录下的会话，包括第一个
会话。因此服务器必须经常轮换这把密钥。</translation>
    </message>
    <message>
        <source>How many round trips does side B&apos;s resumed handshake take, from its ClientHello until the handshake is complete at the client?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>从 ClientHello 到客户端完成握手，B 侧恢复的握手用了多少个往返？</translation>
    </message>
    <message>
        <source>Resumed, the handshake took {(firstMs(b, &quot;tls.HandshakeComplete client&quot;) - firstMs(b, &quot;tls.HandshakeMessage client flags=1&quot;)) / knob.rttMs:2} round trips, the full one {(firstMs(a, &quot;tls.HandshakeComplete client&quot;) - firstMs(a, &quot;tls.HandshakeMessage client flags=1&quot;)) / knob.rttMs:2}. So the first response byte came after {b.roundTrips} round trips instead of {a.roundTrips}, and TLS put {b.tlsBytes} bytes on the wire instead of {a.tlsBytes}: the certificate stayed home.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>恢复的握手用了 {(firstMs(b, &quot;tls.HandshakeComplete client&quot;) - firstMs(b, &quot;tls.HandshakeMessage client flags=1&quot;)) / knob.rttMs:2} 个往返，完整握手用了 {(firstMs(a, &quot;tls.HandshakeComplete client&quot;) - firstMs(a, &quot;tls.HandshakeMessage client flags=1&quot;)) / knob.rttMs:2} 个。因此第一个响应字节在 {b.roundTrips} 个往返后到达，而不是 {a.roundTrips} 个，TLS 在线路上传输了 {b.tlsBytes} 字节，而不是 {a.tlsBytes} 字节：证书没有再发送。</translation>
    </message>
    <message>
        <source>TLS 1.3: resumption with a pre-shared key</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>TLS 1.3：使用预共享密钥恢复会话</translation>
    </message>
    <message>
        <source>TLS 1.3 keeps the idea and renames it. The server still sends `NewSessionTicket` messages
(after the handshake, encrypted), but a ticket now stands for a **pre-shared key (PSK)**. The
returning client names it in the `pre_shared_key` extension of its `ClientHello`, shown in the
inspector.

Unlike TLS 1.2, the client here also sends a fresh `key_share`, and `psk_key_exchange_modes`
says `psk_dhe_ke`: the new keys mix the PSK with a new (EC)DHE exchange, so the resumed session
keeps **forward secrecy**.

    ClientHello + key_share + pre_shared_key  ----&gt;
                    &lt;----  ServerHello + key_share + pre_shared_key,
                           [EncryptedExtensions, Finished]
    [Finished], [GET /]                       ----&gt;

Everything in brackets is encrypted.

The PSK already authenticates the server, so it sends no `Certificate` and no
`CertificateVerify`.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>TLS 1.3 保留了这个思路，只是换了名字。服务器仍然发送 `NewSessionTicket` 消息
（在握手之后，加密发送），但票据现在代表一个**预共享密钥 (PSK)**。
回访的客户端在其 `ClientHello` 的 `pre_shared_key` 扩展中指明它，检查器中
可以看到。

与 TLS 1.2 不同，这里的客户端还发送一个新的 `key_share`，而 `psk_key_exchange_modes`
为 `psk_dhe_ke`：新密钥把 PSK 与一次新的 (EC)DHE 交换混合在一起，因此恢复的会话
仍然具有**前向保密性**。

    ClientHello + key_share + pre_shared_key  ----&gt;
                    &lt;----  ServerHello + key_share + pre_shared_key,
                           [EncryptedExtensions, Finished]
    [Finished], [GET /]                       ----&gt;

方括号中的所有内容都是加密的。

PSK 已经认证了服务器，因此服务器不发送 `Certificate`，也不发送
`CertificateVerify`。</translation>
    </message>
    <message>
        <source>How many Certificate messages did the server send on side B, the resumed connection?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>在 B 侧这个恢复的连接上，服务器发送了多少条 Certificate 消息？</translation>
    </message>
    <message>
        <source>{count(b, &quot;tls.HandshakeMessage server flags=11&quot;)}, against {count(a, &quot;tls.HandshakeMessage server flags=11&quot;)} in side A&apos;s full handshake. The server&apos;s `ServerHello` accepts the client&apos;s pre-shared key, and that key is proof enough that this is the server the client authenticated before; so no certificate ({bytes(a, &quot;tls.HandshakeMessage server flags=11&quot;)} bytes in side A) and no signature.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>{count(b, &quot;tls.HandshakeMessage server flags=11&quot;)} 条，而 A 侧的完整握手中为 {count(a, &quot;tls.HandshakeMessage server flags=11&quot;)} 条。服务器的 `ServerHello` 接受了客户端的预共享密钥，而这把密钥足以证明这就是客户端之前认证过的那台服务器；因此既没有证书（A 侧为 {bytes(a, &quot;tls.HandshakeMessage server flags=11&quot;)} 字节），也没有签名。</translation>
    </message>
    <message>
        <source>What TLS 1.3 resumption saves</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>TLS 1.3 会话恢复节省了什么</translation>
    </message>
    <message>
        <source>Look at the round trips: both sides needed the same number. A full TLS 1.3 handshake already
takes one round trip, and a resumed one cannot take fewer as long as the client waits for the
server&apos;s `Finished` before sending its request.

What resumption saves in TLS 1.3 is **work and bytes**: no certificate chain on the wire, no
signature for the server to compute, no chain for the client to verify. For a busy server
signing is the expensive part of a handshake, so resumption still pays.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>看看往返数：两侧需要的往返数相同。完整的 TLS 1.3 握手本来就只需
一个往返，只要客户端在发送请求前要等待服务器的 `Finished`，
恢复的握手就不可能更少。

在 TLS 1.3 中，会话恢复节省的是**计算和字节**：线路上没有证书链，服务器
不必计算签名，客户端也不必验证证书链。对于繁忙的服务器，签名是
握手中最昂贵的部分，因此会话恢复仍然划算。</translation>
    </message>
    <message>
        <source>A TLS 1.3 resumption takes as many round trips as a full TLS 1.3 handshake. What does it save?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>TLS 1.3 会话恢复所需的往返与完整的 TLS 1.3 握手一样多。它节省了什么？</translation>
    </message>
    <message>
        <source>One round trip</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>一个往返</translation>
    </message>
    <message>
        <source>The key exchange: a resumed session needs no new key share</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>密钥交换：恢复的会话不需要新的密钥共享</translation>
    </message>
    <message>
        <source>The certificate chain and the server&apos;s signature</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>证书链和服务器的签名</translation>
    </message>
    <message>
        <source>The encryption of the first request</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>第一个请求的加密</translation>
    </message>
    <message>
        <source>The round trips are equal because even a full TLS 1.3 handshake takes only one. The saving is in what crosses the wire and what must be computed: no `Certificate` and no `CertificateVerify` on side B, so fewer TLS bytes in the statistics, no signature for the server to make and no chain for the client to check. With `psk_dhe_ke` a new key share is still exchanged, for forward secrecy, and the request is encrypted as always.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>往返数相同，是因为即使完整的 TLS 1.3 握手也只需一个往返。节省体现在线路上传输的内容和必须进行的计算上：B 侧没有 `Certificate`，也没有 `CertificateVerify`，因此统计中的 TLS 字节更少，服务器不必签名，客户端也不必检查证书链。使用 `psk_dhe_ke` 时仍会交换新的密钥共享，以保证前向保密性，请求也照常加密。</translation>
    </message>
    <message>
        <source>0-RTT: the request rides with the ClientHello</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>0-RTT：请求随 ClientHello 一起发出</translation>
    </message>
    <message>
        <source>Both sides resume a session. Side B goes further: from the PSK alone the client can derive an
**early traffic key** before it has heard anything from the server. So it encrypts its request
with that key and sends it right behind the `ClientHello`, as **0-RTT early data**:

    ClientHello + early_data + pre_shared_key,
    (GET /)                          ----&gt;
                                     &lt;----  ServerHello, [EncryptedExtensions,
                                            Finished], [200 OK]
    (EndOfEarlyData), [Finished]     ----&gt;

Parentheses mark what is encrypted under the early traffic key, brackets what is encrypted under
the keys of the new handshake.

A server willing to take it says so with `early_data` in `EncryptedExtensions`, and may answer
the request in its very first flight. The client then closes the early data with
`EndOfEarlyData` and finishes the handshake as usual.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>两侧都恢复了会话。B 侧更进一步：客户端仅凭 PSK 就能在收到服务器的任何消息之前
派生出一把**早期流量密钥**。于是它用这把密钥加密请求，
并紧跟在 `ClientHello` 后面发送，这就是 **0-RTT 早期数据**：

    ClientHello + early_data + pre_shared_key,
    (GET /)                          ----&gt;
                                     &lt;----  ServerHello, [EncryptedExtensions,
                                            Finished], [200 OK]
    (EndOfEarlyData), [Finished]     ----&gt;

圆括号表示用早期流量密钥加密的内容，方括号表示用新握手的密钥
加密的内容。

愿意接受早期数据的服务器会在 `EncryptedExtensions` 中用 `early_data` 表明，并可以在
第一轮发送中就应答该请求。随后客户端用 `EndOfEarlyData` 结束早期数据，
并照常完成握手。</translation>
    </message>
    <message>
        <source>How many round trips until side B&apos;s first response byte, TCP&apos;s handshake included?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>包括 TCP 握手在内，到 B 侧第一个响应字节为止需要多少个往返？</translation>
    </message>
    <message>
        <source>{b.roundTrips} round trips against {a.roundTrips} without early data: the request no longer waits for the handshake, so only TCP&apos;s own round trip and the request&apos;s remain ({b.timeToFirstByteMs:0} ms against {a.timeToFirstByteMs:0} ms here). QUIC, which merges the transport and TLS handshakes, removes the TCP round trip as well.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>{b.roundTrips} 个往返，不使用早期数据时为 {a.roundTrips} 个：请求不再等待握手，因此只剩下 TCP 自己的往返和请求的往返（这里是 {b.timeToFirstByteMs:0} ms 对 {a.timeToFirstByteMs:0} ms）。QUIC 把传输层握手和 TLS 握手合二为一，连 TCP 的往返也省掉了。</translation>
    </message>
    <message>
        <source>The price of 0-RTT: replay</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>0-RTT 的代价：重放</translation>
    </message>
    <message>
        <source>Early data is sent before the server has said anything in this connection, and that has two
consequences (RFC 8446, section 8 and appendix E.5):

- **No replay protection.** An attacker who records the `ClientHello` with its early data can
  send the same bytes to the server again, or to another server of the same cluster. The
  server cannot tell the copy from the original: both decrypt correctly, and the request is
  executed twice. The rest of the connection is safe, as the attacker cannot finish the
  handshake.
- **Weaker forward secrecy.** Early data is encrypted under a key derived from the PSK alone,
  with no fresh key exchange. Whoever later learns the ticket key can decrypt recorded early
  data.

Servers limit the damage with single-use tickets, a record of recent `ClientHello`s and a short
time window, but none of these is perfect across many machines.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>早期数据是在服务器在这个连接中还没说任何话之前发送的，这带来两个
后果（RFC 8446 第 8 节和附录 E.5）：

- **没有重放保护。**录下 `ClientHello` 及其早期数据的攻击者可以
  把同样的字节再次发给该服务器，或发给同一集群中的另一台服务器。
  服务器无法区分副本和原件：两者都能正确解密，请求会被
  执行两次。连接的其余部分是安全的，因为攻击者无法完成
  握手。
- **前向保密性较弱。**早期数据用仅由 PSK 派生的密钥加密，
  没有新的密钥交换。日后得知票据密钥的人可以解密被录下的早期
  数据。

服务器通过一次性票据、记录近期的 `ClientHello` 以及较短的时间窗口
来限制损害，但在多台机器上，这些办法都不完美。</translation>
    </message>
    <message>
        <source>How many bytes did side B&apos;s client send as early data?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>B 侧的客户端以早期数据发送了多少字节？</translation>
    </message>
    <message>
        <source>{bytes(b, &quot;tls.EarlyData client c2s&quot;)} bytes: exactly the request head ({bytes(b, &quot;http1.RequestHead client&quot;)} bytes), `GET /`. That whole request is what an attacker could replay. Fetching a page twice does no harm, which is why this request may travel early.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>{bytes(b, &quot;tls.EarlyData client c2s&quot;)} 字节：恰好是请求头（{bytes(b, &quot;http1.RequestHead client&quot;)} 字节），即 `GET /`。攻击者能重放的就是这整个请求。把页面获取两次并无害处，所以这个请求可以提前发出。</translation>
    </message>
    <message>
        <source>Which requests may go early?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>哪些请求可以提前发出？</translation>
    </message>
    <message>
        <source>Because early data may be replayed, it is only safe for requests where doing them twice has the
same effect as doing them once. HTTP calls such methods **idempotent**, and those that change
nothing at all **safe** (RFC 9110, section 9.2): `GET` and `HEAD` are both.

For HTTP, RFC 8470 spells out the rules. A client sends only safe requests as early data. A
server, or a proxy in front of it, can mark a request that came in early data for the
application behind it (`Early-Data: 1`), or refuse it with **`425 Too Early`**, and the client
then retries after the handshake. Many servers
and CDNs accept early data only for `GET` requests, and some only for ones without a query.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>由于早期数据可能被重放，它只适用于执行两次与执行一次效果相同的
请求。HTTP 把这类方法称为**幂等**方法，把完全不改变任何东西的方法称为
**安全**方法（RFC 9110 第 9.2 节）：`GET` 和 `HEAD` 两者皆是。

对于 HTTP，RFC 8470 规定了具体规则。客户端只把安全请求作为早期数据发送。
服务器或其前面的代理可以为后端应用标记通过早期数据到来的请求
（`Early-Data: 1`），也可以用 **`425 Too Early`** 拒绝它，客户端随后
会在握手完成后重试。许多服务器
和 CDN 只对 `GET` 请求接受早期数据，有些还只接受不带查询字符串的请求。</translation>
    </message>
    <message>
        <source>Which of these requests should a server accept as 0-RTT early data?</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>以下哪个请求是服务器应当作为 0-RTT 早期数据接受的？</translation>
    </message>
    <message>
        <source>POST /transfer, which moves money between two accounts</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>POST /transfer，在两个账户之间转账</translation>
    </message>
    <message>
        <source>GET /tiles/3, which only reads an image</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>GET /tiles/3，只读取一张图片</translation>
    </message>
    <message>
        <source>POST /orders, which places an order</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>POST /orders，下一个订单</translation>
    </message>
    <message>
        <source>Any request, as long as it arrives encrypted</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>任何请求，只要它是加密到达的</translation>
    </message>
    <message>
        <source>A replayed `POST /transfer` or `POST /orders` would move the money or place the order a second time, and encryption does not help: the attacker does not need to read the request, only to send the recorded bytes again. A `GET` that only reads gives the same answer however often it runs. So servers take early data only for safe, idempotent requests, and answer others with `425 Too Early`, costing them the round trip that 0-RTT saved.</source>
        <extracomment>tls-resumption.lesson</extracomment>
        <translation>被重放的 `POST /transfer` 或 `POST /orders` 会再转一次账或再下一次单，加密也无济于事：攻击者不需要读懂请求，只需把录下的字节再发一遍。只读的 `GET` 无论执行多少次都给出相同的答复。因此服务器只对安全、幂等的请求接受早期数据，对其他请求回复 `425 Too Early`，这会让它们赔上 0-RTT 所节省的那个往返。</translation>
    </message>
    <message>
        <source>HTTP/1.1 and REST</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>HTTP/1.1 与 REST</translation>
    </message>
    <message>
        <source>Public and partner APIs: every language, curl, browser, gateway and CDN speaks HTTP and JSON, and payloads can be read by eye.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>公共 API 和合作方 API：每种语言、curl、浏览器、网关和 CDN 都支持 HTTP 和 JSON，负载也能直接用肉眼阅读。</translation>
    </message>
    <message>
        <source>Resources that cache well: conditional requests and Cache-Control let browsers, proxies and CDNs answer for you.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>易于缓存的资源：条件请求和 Cache-Control 让浏览器、代理和 CDN 替你应答。</translation>
    </message>
    <message>
        <source>Simple request and response traffic where a handful of calls per screen is the norm and every tool must be able to take part.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>简单的请求/响应流量：每个页面通常只有少量调用，而且每种工具都必须能参与其中。</translation>
    </message>
    <message>
        <source>Pages or screens with many small requests on a long RTT: a connection carries one exchange at a time, and every extra connection pays its own TCP and TLS handshakes.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>在 RTT 较长时包含许多小请求的页面或界面：一个连接一次只能承载一个交换，每多一个连接都要付出自己的 TCP 和 TLS 握手。</translation>
    </message>
    <message>
        <source>Counting on pipelining to fix that: requests leave back to back, but responses still come back strictly in order, so small ones wait behind a large one.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>指望用管线化来解决这个问题：请求可以连续发出，但响应仍然严格按顺序返回，所以小响应要排在大响应后面等待。</translation>
    </message>
    <message>
        <source>Live updates by polling: every check is a full request with its headers, and an update waits for the next poll.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>用轮询实现实时更新：每次检查都是一个带完整头部的请求，而且更新要等到下一次轮询才能送达。</translation>
    </message>
    <message>
        <source>&quot;For the public API I&apos;d use REST with JSON over HTTPS: everyone can call it, it&apos;s easy to debug, and HTTP caching and CDNs work out of the box.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>“对于公共 API，我会使用基于 HTTPS 的 REST 和 JSON：谁都能调用，易于调试，而且 HTTP 缓存和 CDN 开箱即用。”</translation>
    </message>
    <message>
        <source>&quot;I&apos;d keep the endpoints stateless so any instance behind the load balancer can serve any request, and make retried writes safe with idempotency keys.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>“我会让端点保持无状态，这样负载均衡器后面的任何实例都能处理任何请求，并用幂等键让重试的写操作变得安全。”</translation>
    </message>
    <message>
        <source>HTTPS (HTTP over TLS)</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>HTTPS（基于 TLS 的 HTTP）</translation>
    </message>
    <message>
        <source>Always, for every production endpoint, internal ones included: anyone on the path reads plain HTTP&apos;s passwords and session cookies, while over HTTPS they see only addresses, the server name, sizes and timing.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>始终使用，所有生产环境端点都应如此，包括内部端点：路径上的任何人都能读取明文 HTTP 中的密码和会话 Cookie，而使用 HTTPS 时，他们只能看到地址、服务器名称、大小和时序。</translation>
    </message>
    <message>
        <source>Integrity: a byte an attacker alters in flight makes the TLS record fail its check (bad_record_mac), where plain HTTP delivers the forged page without noticing.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>完整性：攻击者在传输途中篡改一个字节，就会使 TLS 记录校验失败（bad_record_mac），而明文 HTTP 会毫无察觉地交付伪造的页面。</translation>
    </message>
    <message>
        <source>A cheap handshake: with TLS 1.3 it costs a single round trip before the first request.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>低成本的握手：TLS 1.3 在第一个请求之前只需一个往返。</translation>
    </message>
    <message>
        <source>Returning clients: resumption skips the certificate and signature work, and 0-RTT lets an idempotent request leave with the ClientHello.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>回访的客户端：会话恢复省去了证书和签名的工作，0-RTT 让幂等请求随 ClientHello 一起发出。</translation>
    </message>
    <message>
        <source>Few, long-lived connections, so the handshake cost is paid once and shared by many requests.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>少量长连接，这样握手的代价只付一次，并由许多请求分摊。</translation>
    </message>
    <message>
        <source>TLS 1.2-only configurations when clients can do TLS 1.3: every new connection waits a round trip more.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>客户端支持 TLS 1.3 时仍只配置 TLS 1.2：每个新连接都要多等一个往返。</translation>
    </message>
    <message>
        <source>Certificates from an authority your clients do not trust, such as a private CA missing from mobile apps&apos; trust stores: the handshake fails with unknown_ca.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>使用客户端不信任的机构签发的证书，例如移动应用信任库中没有的私有 CA：握手会以 unknown_ca 失败。</translation>
    </message>
    <message>
        <source>Dropping old TLS versions on the server before all clients can speak the new one: they get protocol_version and nothing else.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>在所有客户端都支持新版本之前就在服务器上停用旧的 TLS 版本：这些客户端只会收到 protocol_version，别无其他。</translation>
    </message>
    <message>
        <source>Accepting only a key-exchange group clients do not guess first: every handshake pays an extra round trip for a HelloRetryRequest.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>只接受客户端不会首先猜测的密钥交换组：每次握手都要为 HelloRetryRequest 多付出一个往返。</translation>
    </message>
    <message>
        <source>&quot;I&apos;ll use HTTPS everywhere, terminated at the load balancer with TLS 1.3, and mutual TLS between internal services.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>“我会全面使用 HTTPS，在负载均衡器上用 TLS 1.3 终结，内部服务之间使用双向 TLS。”</translation>
    </message>
    <message>
        <source>&quot;To keep handshakes cheap I&apos;d reuse connections and enable session resumption; 0-RTT only for idempotent GETs, since early data can be replayed.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>“为了降低握手成本，我会复用连接并启用会话恢复；0-RTT 只用于幂等的 GET，因为早期数据可能被重放。”</translation>
    </message>
    <message>
        <source>HTTP/2</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>HTTP/2</translation>
    </message>
    <message>
        <source>Pages and APIs with many concurrent requests to one origin: one connection carries them all as multiplexed streams.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>对同一个源有大量并发请求的页面和 API：一个连接以多路复用的流承载所有请求。</translation>
    </message>
    <message>
        <source>Chatty APIs with repetitive headers: HPACK shrinks repeated header fields to a byte or two.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>头部重复的频繁交互型 API：HPACK 把重复的头部字段压缩到一两个字节。</translation>
    </message>
    <message>
        <source>A transport for gRPC and for anything that needs long-lived streams over one connection.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>作为 gRPC 以及任何需要在一个连接上维持长期流的应用的传输层。</translation>
    </message>
    <message>
        <source>Lossy mobile or Wi-Fi links with heavy traffic: on a single TCP connection one lost segment holds back every stream (HTTP/3 over QUIC fixes that).</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>流量大且易丢包的移动网络或 Wi-Fi 链路：在单个 TCP 连接上，丢失一个报文段就会阻塞所有流（基于 QUIC 的 HTTP/3 解决了这个问题）。</translation>
    </message>
    <message>
        <source>Relying on server push: it saves at most a round trip, and browsers removed it because it pushes what clients already have; use 103 Early Hints and preload instead.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>依赖服务器推送：它最多节省一个往返，浏览器已经移除了它，因为它会推送客户端已有的内容；请改用 103 Early Hints 和 preload。</translation>
    </message>
    <message>
        <source>HTTP/1.1-era tricks such as domain sharding, which only add handshakes and split the HPACK tables.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>HTTP/1.1 时代的技巧，例如域名分片，它们只会增加握手并拆散 HPACK 表。</translation>
    </message>
    <message>
        <source>&quot;At the edge I&apos;d serve HTTP/2 (and HTTP/3 where the CDN offers it): one connection per client, multiplexed requests and header compression, with no change to the API.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>“在边缘我会提供 HTTP/2（CDN 支持时还提供 HTTP/3）：每个客户端一个连接，请求多路复用并压缩头部，API 无需任何改动。”</translation>
    </message>
    <message>
        <source>&quot;I&apos;d mention the trade-off: HTTP/2 removes head-of-line blocking between requests, but not TCP&apos;s, which is why HTTP/3 exists.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>“我会提到其中的权衡：HTTP/2 消除了请求之间的队头阻塞，但没有消除 TCP 的队头阻塞，这正是 HTTP/3 存在的原因。”</translation>
    </message>
    <message>
        <source>Service-to-service calls inside the system: typed .proto contracts, generated clients for every language, compact Protobuf messages and many calls multiplexed on one connection.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>系统内部的服务间调用：带类型的 .proto 契约、为每种语言生成的客户端、紧凑的 Protobuf 消息，以及在一个连接上多路复用的大量调用。</translation>
    </message>
    <message>
        <source>Streams of messages: server, client and bidirectional streaming send many messages without a round trip or a header block each.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>消息流：服务器流式、客户端流式和双向流式调用可以发送大量消息，而无需为每条消息付出一个往返或一个头部块。</translation>
    </message>
    <message>
        <source>Calls with deadlines and status codes that must travel across several services: the deadline travels as grpc-timeout, and a call past it ends DEADLINE_EXCEEDED with only its own stream reset.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>带有截止时间和状态码、且必须跨越多个服务传递的调用：截止时间以 grpc-timeout 传递，超时的调用以 DEADLINE_EXCEEDED 结束，只重置它自己的流。</translation>
    </message>
    <message>
        <source>Browsers as direct clients: they need gRPC-Web and a proxy, so public and web APIs are usually REST.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>浏览器作为直接客户端：它们需要 gRPC-Web 和代理，因此公共 API 和 Web API 通常使用 REST。</translation>
    </message>
    <message>
        <source>Chains of unary calls that each wait for the last, when a stream would do: each call costs a round trip and a header block plus trailers.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>本可以用一个流完成，却使用一连串逐个等待上一个的一元调用：每次调用都要付出一个往返、一个头部块和 trailer。</translation>
    </message>
    <message>
        <source>Connection-level (layer-4) load balancing: every call of a client rides one long-lived connection, so balance per call with a layer-7 proxy or client-side balancing.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>连接级（四层）负载均衡：一个客户端的所有调用都走同一个长连接，因此应通过七层代理或客户端负载均衡按调用来均衡。</translation>
    </message>
    <message>
        <source>Payloads that humans must read in logs and with curl, unless the team adopts grpcurl and similar tools.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>需要人在日志中和用 curl 阅读的负载，除非团队采用 grpcurl 等类似工具。</translation>
    </message>
    <message>
        <source>&quot;For internal calls between services I&apos;d use gRPC: the .proto file is the contract, Protobuf keeps payloads small, and HTTP/2 multiplexes the calls; I&apos;d set deadlines and propagate them.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>“对于服务之间的内部调用，我会使用 gRPC：.proto 文件就是契约，Protobuf 让负载保持小巧，HTTP/2 对调用进行多路复用；我会设置截止时间并向下传递。”</translation>
    </message>
    <message>
        <source>&quot;The public and browser-facing API stays REST over HTTPS, or gRPC-Web behind Envoy if the front end wants the same contracts.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>“公共 API 和面向浏览器的 API 仍使用基于 HTTPS 的 REST；如果前端想要相同的契约，就在 Envoy 后面使用 gRPC-Web。”</translation>
    </message>
    <message>
        <source>Real-time updates from server to client, such as tickers, dashboards and notifications: each update leaves the moment it exists, with a frame header of a few bytes.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>从服务器到客户端的实时更新，例如行情、仪表盘和通知：每条更新一产生就立即发出，帧头只有几个字节。</translation>
    </message>
    <message>
        <source>Traffic in both directions, such as chat, multiplayer games and collaborative editing: client and server send on the same connection at any time.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>双向流量，例如聊天、多人游戏和协同编辑：客户端和服务器可以随时在同一个连接上发送。</translation>
    </message>
    <message>
        <source>Busy feeds where long polling would pay a request per update.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>繁忙的信息流，用长轮询的话每条更新都要付出一个请求。</translation>
    </message>
    <message>
        <source>Rare, one-way updates: long polling, or server-sent events, deliver them about as fast over plain HTTP, with no connection layer to run.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>稀少的单向更新：长轮询或 Server-Sent Events 通过普通 HTTP 送达它们几乎一样快，而且无需运维一个连接层。</translation>
    </message>
    <message>
        <source>Request and response APIs: you would rebuild request IDs, errors, caching and retries that HTTP already has.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>请求/响应式 API：你将不得不重新实现 HTTP 已经具备的请求 ID、错误、缓存和重试。</translation>
    </message>
    <message>
        <source>Designs that cannot afford stateful servers: every connection pins a client to one server, so fan-out needs pub/sub and deploys need reconnects with backoff.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>无法承受有状态服务器的设计：每个连接都把一个客户端固定在一台服务器上，因此扇出需要发布/订阅，部署需要带退避的重连。</translation>
    </message>
    <message>
        <source>&quot;For the chat I&apos;d use WebSockets: clients keep one connection to a gateway tier, and the gateways fan messages out through a pub/sub layer such as Redis or Kafka.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>“聊天我会使用 WebSocket：客户端与网关层保持一个连接，网关通过 Redis 或 Kafka 之类的发布/订阅层扇出消息。”</translation>
    </message>
    <message>
        <source>&quot;I&apos;d add heartbeats, reconnect with exponential backoff and jitter, and fall back to long polling where WebSockets are blocked.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>“我会加上心跳、带抖动的指数退避重连，并在 WebSocket 被阻断时回退到长轮询。”</translation>
    </message>
    <message>
        <source>HTTP long polling</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>HTTP 长轮询</translation>
    </message>
    <message>
        <source>Near real-time delivery over plain HTTP, where WebSockets are blocked or not worth a new infrastructure layer: a held request answers as soon as there is news.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>在普通 HTTP 上实现近实时送达，适用于 WebSocket 被阻断或不值得新增一层基础设施的场合：被挂起的请求一有新消息就会应答。</translation>
    </message>
    <message>
        <source>Much lower latency than short polling, without polling on a timer.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>延迟比短轮询低得多，而且无需按定时器轮询。</translation>
    </message>
    <message>
        <source>Busy feeds: every update costs a request and a full HTTP head each way, more than short polling or a WebSocket.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>繁忙的信息流：每条更新在每个方向上都要付出一个请求和一个完整的 HTTP 头部，比短轮询或 WebSocket 还多。</translation>
    </message>
    <message>
        <source>Chat over HTTP/1.1: the held request occupies a connection, so sending needs a second one per client.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>基于 HTTP/1.1 的聊天：被挂起的请求占用一个连接，因此每个客户端发送消息还需要第二个连接。</translation>
    </message>
    <message>
        <source>Servers that keep per-client queues in memory behind a load balancer without sticky sessions or a shared store.</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>在负载均衡器后面、没有粘性会话或共享存储、却把每个客户端的队列保存在内存中的服务器。</translation>
    </message>
    <message>
        <source>&quot;If WebSockets aren&apos;t available I&apos;d fall back to long polling: latency stays close, at the cost of a request per batch of updates.&quot;</source>
        <extracomment>tradeoffs.cards</extracomment>
        <translation>“如果 WebSocket 不可用，我会回退到长轮询：延迟仍然接近，代价是每批更新一个请求。”</translation>
    </message>
    <message>
        <source>Scaling WebSockets beyond one server</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>将 WebSocket 扩展到多台服务器</translation>
    </message>
    <message>
        <source>Why a chat that works on one server loses messages on two, and how a pub/sub broker, sticky sessions and careful reconnects fix it.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>为什么在一台服务器上正常工作的聊天在两台服务器上会丢消息，以及发布/订阅消息代理 (broker)、粘性会话和谨慎的重连如何解决这个问题。</translation>
    </message>
    <message>
        <source>A connection that stays</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>一个会一直保持的连接</translation>
    </message>
    <message>
        <source>A REST request can go to **any** server: it brings everything the server needs, and when the
answer is sent the server forgets it. That is why stateless HTTP services scale by adding
machines behind a load balancer.

A WebSocket is different. It is **one long-lived TCP connection**, and the server that accepted
the upgrade keeps it, with its state: who the user is, which rooms it joined, what it has been
sent. A message for that client can only leave through **that server**.

Here the same chat runs on two server instances behind a round-robin load balancer. Side **A**:
each instance keeps its own chat members in memory. Side **B**: the instances are joined by a
**pub/sub broker**. Every client posts in turn, and every message is meant for every client.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>REST 请求可以发往**任何**服务器：它带着服务器所需的一切，答复发出后
服务器就把它忘掉。这就是无状态 HTTP 服务可以通过在负载均衡器后面
增加机器来扩展的原因。

WebSocket 则不同。它是**一个长期存在的 TCP 连接**，接受升级的那台服务器
会一直持有它及其状态：用户是谁、加入了哪些房间、已经收到了什么。
发给该客户端的消息只能从**那台服务器**发出。

这里同一个聊天运行在轮询调度负载均衡器后面的两个服务器实例上。**A** 侧：
每个实例在内存中保存自己的聊天成员。**B** 侧：各实例通过一个
**发布/订阅消息代理 (broker)** 连接起来。每个客户端轮流发言，每条消息都发给所有客户端。</translation>
    </message>
    <message>
        <source>Why doesn&apos;t adding WebSocket servers behind a load balancer just work, as it does for a stateless REST API?</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>为什么在负载均衡器后面增加 WebSocket 服务器不能像无状态 REST API 那样直接奏效？</translation>
    </message>
    <message>
        <source>Load balancers cannot forward the Upgrade request</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>负载均衡器无法转发 Upgrade 请求</translation>
    </message>
    <message>
        <source>A WebSocket needs the same TCP port on every server</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>WebSocket 要求每台服务器使用相同的 TCP 端口</translation>
    </message>
    <message>
        <source>Each server can send only to its own connections, so a message arriving at one server never reaches clients connected to another</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>每台服务器只能向自己的连接发送，所以到达一台服务器的消息永远到不了连接在另一台服务器上的客户端</translation>
    </message>
    <message>
        <source>Browsers refuse to open more than one WebSocket per site</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>浏览器拒绝为每个站点打开多于一个 WebSocket</translation>
    </message>
    <message>
        <source>The balancer forwards the upgrade like any request, and each client ends up connected to one server. The trouble is fan-out: a post reaches one server, and that server knows only its own sockets. In this run A&apos;s clients received {a.polling.deliveries} of the {a.polling.expectedDeliveries} deliveries owed ({a.polling.deliveryPercent:0} %), B&apos;s {b.polling.deliveries} of {b.polling.expectedDeliveries}.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>负载均衡器像转发任何请求一样转发升级请求，每个客户端最终都连接到某一台服务器。问题出在扇出：一条发言到达一台服务器，而这台服务器只知道自己的套接字。在这次运行中，A 的客户端收到了应送达的 {a.polling.expectedDeliveries} 次中的 {a.polling.deliveries} 次（{a.polling.deliveryPercent:0} %），B 的客户端收到了 {b.polling.expectedDeliveries} 次中的 {b.polling.deliveries} 次。</translation>
    </message>
    <message>
        <source>Round robin and per-server state</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>轮询调度与每台服务器各自的状态</translation>
    </message>
    <message>
        <source>A **round-robin** balancer sends each new connection to the next server in turn, so the chat&apos;s
clients end up spread across the servers. With per-server state (side **A**), a message posted
through server 1 is sent to the clients on server 1 and nowhere else: everyone connected elsewhere
simply never sees it. No error is raised anywhere; the messages are just missing.

This is the classic bug of a WebSocket app that worked in development, on one process, and lost
messages in production.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>**轮询调度**负载均衡器把每个新连接依次发给下一台服务器，因此聊天的
客户端最终分散在各台服务器上。在每台服务器各自保存状态时（**A** 侧），通过
服务器 1 发出的消息只会发给服务器 1 上的客户端，不会发往别处：连接在其他服务器上的人
根本看不到它。任何地方都不会报错；消息只是不见了。

这是 WebSocket 应用的经典 bug：在开发环境中单进程运行时一切正常，到了生产环境却
丢消息。</translation>
    </message>
    <message>
        <source>Three clients, two instances, round robin: two clients share an instance and one is alone. What share of the deliveries owed (every message to every client) will A make, in percent?</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>三个客户端，两个实例，轮询调度：两个客户端共用一个实例，另一个独占一个。A 能完成应送达次数（每条消息发给每个客户端）的百分之多少？</translation>
    </message>
    <message>
        <source>A made {a.polling.deliveries} of {a.polling.expectedDeliveries} deliveries, {a.polling.deliveryPercent:0} %; B, with the broker, {b.polling.deliveryPercent:0} %. A message from one of the two clients that share an instance reaches those two; a message from the lone client reaches only itself: about 2/3 x 2/3 + 1/3 x 1/3 = 5/9 of what was owed. The {b.polling.deliveries - a.polling.deliveries} missing deliveries are messages that reached an instance without the recipient, and no error was raised anywhere.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>A 完成了 {a.polling.expectedDeliveries} 次中的 {a.polling.deliveries} 次，即 {a.polling.deliveryPercent:0} %；有消息代理的 B 为 {b.polling.deliveryPercent:0} %。共用一个实例的两个客户端之一发出的消息能送达这两个客户端；独占实例的客户端发出的消息只能送达它自己：大约是应送达量的 2/3 x 2/3 + 1/3 x 1/3 = 5/9。缺少的 {b.polling.deliveries - a.polling.deliveries} 次送达，是那些到达了没有接收者的实例的消息，而且任何地方都没有报错。</translation>
    </message>
    <message>
        <source>A pub/sub broker between the servers</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>服务器之间的发布/订阅消息代理</translation>
    </message>
    <message>
        <source>The standard fix is a **publish/subscribe broker** (Redis pub/sub, NATS, Kafka, or a cloud
service). Every server **subscribes** to the channels of the rooms its clients are in. When a
message arrives, the server **publishes** it to the broker instead of sending it itself; the
broker hands it to every subscribed server, and each one writes it to its own sockets.

    client -&gt; server 1 -&gt; broker -&gt; server 1 -&gt; its clients
                                 -&gt; server 2 -&gt; its clients

Now any server can take any client, and servers can be added freely. The cost is one more hop
for every message, and the broker itself becomes a part that must scale and stay available. In
B&apos;s lanes the broker&apos;s hop is there with its bytes: each instance holds one more TCP connection,
to the broker, and every message crosses it once up and once down to each instance.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>标准的解决办法是使用**发布/订阅消息代理 (broker)**（Redis pub/sub、NATS、Kafka 或云
服务）。每台服务器**订阅**其客户端所在房间的频道。消息到达时，
服务器不是自己发送，而是把它**发布**到消息代理；消息代理再把它
交给每台订阅的服务器，由各服务器写入自己的套接字。

    client -&gt; server 1 -&gt; broker -&gt; server 1 -&gt; its clients
                                 -&gt; server 2 -&gt; its clients

现在任何服务器都可以接待任何客户端，也可以随意增加服务器。代价是每条消息
多走一跳，而且消息代理本身也成了一个必须能扩展、保持可用的组件。在
B 的泳道中可以看到消息代理这一跳及其字节：每个实例多持有一个通往消息代理的
TCP 连接，每条消息上行穿过它一次，再下行到每个实例各一次。</translation>
    </message>
    <message>
        <source>What mean delivery latency did B, with the broker, reach?</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>有消息代理的 B 达到了多少平均送达延迟？</translation>
    </message>
    <message>
        <source>B&apos;s messages took {b.polling.latencyMeanMs:0} ms on average from the server having them to a client having them, against a one-way trip of {knob.rttMs / 2} ms: the broker&apos;s extra hop adds its own delay, small next to the link here. A was at {a.polling.latencyMeanMs:0} ms, but only for the messages it delivered at all. B opened {b.polling.connections} connections against A&apos;s {a.polling.connections}: the extra ones are the instances&apos; connections to the broker.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>从服务器拿到消息到客户端拿到消息，B 的消息平均用了 {b.polling.latencyMeanMs:0} ms，而单程时间为 {knob.rttMs / 2} ms：消息代理多出的一跳带来了它自己的延迟，但与这里的链路相比很小。A 为 {a.polling.latencyMeanMs:0} ms，但这只针对它真正送达的消息。B 打开了 {b.polling.connections} 个连接，A 为 {a.polling.connections} 个：多出来的是各实例到消息代理的连接。</translation>
    </message>
    <message>
        <source>Sticky sessions</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>粘性会话</translation>
    </message>
    <message>
        <source>**Sticky sessions** (session affinity) make the load balancer send a client to the **same
server** every time, by a cookie it sets or by a hash of the client&apos;s address.

They matter when one logical session is made of **several HTTP requests**: long polling, or a
library such as Socket.IO that starts with polling requests and then upgrades, needs every
request of the session to land where its state is. A single WebSocket does not need them: once
upgraded, the connection itself stays on its server for its whole life. After a reconnect,
stickiness brings the client back to the server that may still hold its state.

What stickiness never does is deliver a message to a client on another server.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>**粘性会话**（会话亲和性）让负载均衡器每次都把客户端发往**同一台
服务器**，依据是它设置的 Cookie 或客户端地址的哈希值。

当一个逻辑会话由**多个 HTTP 请求**组成时，它就很重要：长轮询，或者像
Socket.IO 这样先用轮询请求开始、然后再升级的库，都需要会话的每个
请求都落到其状态所在的地方。单个 WebSocket 并不需要它：一旦
升级完成，连接本身在整个生命周期内都留在它的服务器上。重连之后，
粘性会把客户端带回可能仍保存着其状态的那台服务器。

粘性永远做不到的，是把消息送达另一台服务器上的客户端。</translation>
    </message>
    <message>
        <source>Sticky sessions are now on, and A still keeps its rooms per server. Does every chat message reach every client?</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>现在打开了粘性会话，而 A 仍按服务器分别保存房间。每条聊天消息都能送达每个客户端吗？</translation>
    </message>
    <message>
        <source>Yes: sticky sessions make the balancer copy each message to every server</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>能：粘性会话让负载均衡器把每条消息复制到每台服务器</translation>
    </message>
    <message>
        <source>No: stickiness keeps each client on one server, but a message still reaches only the clients of the server it arrived at</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>不能：粘性让每个客户端留在一台服务器上，但消息仍然只能送达它所到达的那台服务器上的客户端</translation>
    </message>
    <message>
        <source>Yes, but only for clients that connected after the change</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>能，但只对更改之后才连接的客户端有效</translation>
    </message>
    <message>
        <source>No, because sticky sessions only work for HTTP/2</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>不能，因为粘性会话只对 HTTP/2 有效</translation>
    </message>
    <message>
        <source>Affinity decides where a connection goes, not where a message goes. Fan-out across servers needs the servers to share messages, through a broker as in B, which delivered {b.polling.deliveries} times against A&apos;s {a.polling.deliveries}.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>亲和性决定的是连接去哪里，而不是消息去哪里。跨服务器扇出需要服务器之间共享消息，比如像 B 那样通过消息代理：B 送达了 {b.polling.deliveries} 次，而 A 为 {a.polling.deliveries} 次。</translation>
    </message>
    <message>
        <source>Sticky sessions, measured</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>粘性会话的实测</translation>
    </message>
    <message>
        <source>Here is a session made of many requests. The clients follow a ticker by **long polling**, over
cleartext HTTP/1.1, through a **layer 7** balancer that reads every request. Each server instance
keeps its sessions in its own memory, as Socket.IO does: the first request (the **handshake**) gets
a session id, and every poll must bring that id back to the instance that issued it. The ticker
publishes every update to both instances, so the only difference between the sides is the
balancer&apos;s rule.

Side **A** sends each request to the next instance, round robin. Side **B** sets a cookie on a
client&apos;s first response (`SERVERID=instance-1`) and sends every later request carrying it to that
instance: **sticky sessions**. The routing notes in the lanes say where each request went and why.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>这是一个由许多请求组成的会话。客户端通过明文 HTTP/1.1 以**长轮询**跟踪一个行情源，
经过一个读取每个请求的**七层**负载均衡器。每个服务器实例
像 Socket.IO 那样把会话保存在自己的内存中：第一个请求（**握手**）获得
一个会话 id，之后每次轮询都必须把这个 id 带回签发它的那个实例。行情源
把每条更新都发布到两个实例，因此两侧唯一的区别就是
负载均衡器的规则。

**A** 侧把每个请求依次发给下一个实例，即轮询调度。**B** 侧在
客户端的第一个响应上设置一个 Cookie（`SERVERID=instance-1`），并把之后所有携带它的请求都发往那个
实例：即**粘性会话**。泳道中的路由注释说明了每个请求去了哪里以及原因。</translation>
    </message>
    <message>
        <source>In A, a client&apos;s poll reaches the instance that did not issue its session. What happens?</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>在 A 中，客户端的轮询到达了并未签发其会话的那个实例。会发生什么？</translation>
    </message>
    <message>
        <source>That instance serves the poll from its own copy of the ticker, so nothing is lost</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>该实例用自己那份行情数据响应这次轮询，因此什么也不会丢失</translation>
    </message>
    <message>
        <source>It answers 400 &quot;Session ID unknown&quot;; the client starts over with a new handshake and misses the updates published meanwhile</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>它回复 400“Session ID unknown”；客户端用新的握手从头开始，并错过期间发布的更新</translation>
    </message>
    <message>
        <source>In this run {a.polling.failedPolls} of A&apos;s polls were refused with 400, its clients started over {a.polling.reHandshakes} times, and each new session began at the latest update: A delivered {a.polling.deliveries} of {a.polling.expectedDeliveries} updates owed ({a.polling.deliveryPercent:0} %). B, where the cookie kept every client on its instance, had {b.polling.failedPolls} refused polls and delivered {b.polling.deliveryPercent:0} %. The other instance has the same updates; what it lacks is the session, which lives in one server&apos;s memory.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>在这次运行中，A 有 {a.polling.failedPolls} 次轮询被以 400 拒绝，其客户端重新开始了 {a.polling.reHandshakes} 次，而每个新会话都从最新的更新开始：A 送达了应送达的 {a.polling.expectedDeliveries} 条更新中的 {a.polling.deliveries} 条（{a.polling.deliveryPercent:0} %）。B 由 Cookie 让每个客户端留在自己的实例上，被拒绝的轮询为 {b.polling.failedPolls} 次，送达率为 {b.polling.deliveryPercent:0} %。另一个实例拥有同样的更新；它缺少的是会话，而会话只存在于一台服务器的内存中。</translation>
    </message>
    <message>
        <source>Reconnects, deploys and uneven load</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>重连、部署与负载不均</translation>
    </message>
    <message>
        <source>Long-lived connections bring problems a stateless service does not have:

- **Deploys and crashes.** When a server stops, all its clients lose their connections at once.
  If they all reconnect at once, they hit the remaining servers in a burst (a *thundering herd*).
  Clients should reconnect after a **random, growing delay** (exponential backoff with jitter),
  and resume from the last message they saw. A server going down gracefully closes its sockets
  with code `1001` (going away) and stops accepting new ones first (**draining**).
- **Uneven load.** Connections are balanced when they open, and then stay. A server added to the
  fleet gets only new connections; old ones never move unless the clients reconnect.
- **Idle timeouts.** Load balancers and proxies drop connections that are quiet for a while
  (often a minute); a ping or heartbeat every so often keeps them open.
- **Per-connection cost.** Every open socket holds memory, a file descriptor and, with TLS, its
  keys; capacity is counted in concurrent connections, not requests per second.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>长连接会带来无状态服务所没有的问题：

- **部署和崩溃。**一台服务器停止时，它的所有客户端会同时失去连接。
  如果它们同时重连，就会一齐冲击剩下的服务器（即*惊群效应*）。
  客户端应在一个**随机且递增的延迟**之后重连（带抖动的指数退避），
  并从它们看到的最后一条消息处继续。正常下线的服务器会先停止接受新连接（**排空**），
  并以代码 `1001`（going away）关闭其套接字。
- **负载不均。**连接在打开时被均衡，之后就一直保持。新加入
  集群的服务器只会得到新连接；除非客户端重连，旧连接永远不会迁移。
- **空闲超时。**负载均衡器和代理会断开一段时间内没有活动的连接
  （通常是一分钟）；每隔一段时间发送 ping 或心跳可以让连接保持打开。
- **每个连接的成本。**每个打开的套接字都占用内存、一个文件描述符，使用 TLS 时还有
  它的密钥；容量按并发连接数计算，而不是按每秒请求数。</translation>
    </message>
    <message>
        <source>A server holding many thousands of WebSockets is restarted for a deploy. What should its clients do?</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>一台维持着成千上万个 WebSocket 的服务器因部署而重启。它的客户端应当怎么做？</translation>
    </message>
    <message>
        <source>Reconnect immediately, all together, so that nobody misses anything</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>所有客户端立即一起重连，这样谁也不会漏掉任何内容</translation>
    </message>
    <message>
        <source>Fall back to short polling for the rest of the session</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>在本次会话余下的时间里退回到短轮询</translation>
    </message>
    <message>
        <source>Wait for the server to reconnect to them</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>等待服务器重新连接它们</translation>
    </message>
    <message>
        <source>Reconnect after a random, growing delay, and ask for the messages since the last one they saw</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>在一个随机且逐渐增长的延迟之后重连，并请求自己最后看到的那条消息之后的所有消息</translation>
    </message>
    <message>
        <source>Immediate reconnects turn one restart into a burst of handshakes that can overload the servers that are left. Jittered backoff spreads them out, and resuming from the last message seen (a sequence number or an id) closes the gap without loss. A server can never open a connection to a browser, so reconnecting is always the client&apos;s job. In the last run A&apos;s clients started over {a.polling.reHandshakes} times, after a random wait each, and lost what was published meanwhile ({a.polling.updatesSkipped} updates skipped): their new sessions could not resume.</source>
        <extracomment>websocket-scaling.lesson</extracomment>
        <translation>立即重连会把一次重启变成一阵握手洪峰，可能压垮剩下的服务器。带抖动的退避把重连分散开，而从最后看到的消息（一个序号或 id）处恢复，则能无损地补上空缺。服务器永远无法主动向浏览器建立连接，所以重连总是客户端的事。在上一次运行中，A 的客户端各自随机等待后重新开始了 {a.polling.reHandshakes} 次，并丢失了期间发布的内容（跳过了 {a.polling.updatesSkipped} 条更新）：它们的新会话无法恢复。</translation>
    </message>
    <message>
        <source>WebSockets: one upgrade, then frames both ways</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>WebSocket：一次升级，然后双向传帧</translation>
    </message>
    <message>
        <source>How a WebSocket opens with an HTTP Upgrade and a 101, what Sec-WebSocket-Accept proves, what a frame looks like, why clients mask, and how the connection closes.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>WebSocket 如何通过 HTTP Upgrade 和 101 建立，Sec-WebSocket-Accept 证明了什么，帧长什么样，客户端为什么要掩码，以及连接如何关闭。</translation>
    </message>
    <message>
        <source>An HTTP request that asks to stop being HTTP</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>一个要求不再使用 HTTP 的 HTTP 请求</translation>
    </message>
    <message>
        <source>Side **B** keeps a WebSocket open to each client and the server pushes a ticker&apos;s updates down it.
(Side A polls for the same updates; the next lesson compares the two.)

A WebSocket does not start with a new protocol on a new port. It starts as an ordinary
**HTTP/1.1 GET**, the **opening handshake**, that asks the server to switch protocols on this very
connection. The inspector shows it:

- `Upgrade: websocket` and `Connection: Upgrade`: &quot;let us stop speaking HTTP here&quot;.
- `Sec-WebSocket-Key`: sixteen random bytes, base64-encoded, new for every handshake.
- `Sec-WebSocket-Version: 13`: the version RFC 6455 defines.

Because it is plain HTTP, the request goes to port 80 or 443, passes the same proxies and load
balancers, carries cookies and authorization like any request, and a browser adds an `Origin`
header so the server can refuse pages from other sites. Over TLS the scheme is `wss://`, and the
TCP and TLS handshakes come first.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>**B** 侧为每个客户端保持一个打开的 WebSocket，服务器通过它推送行情更新。
（A 侧通过轮询获取同样的更新；下一课会比较两者。）

WebSocket 并不是在新端口上用新协议开始的。它以一个普通的
**HTTP/1.1 GET** 开始，即**开场握手**，请求服务器就在这条
连接上切换协议。检查器中可以看到它：

- `Upgrade: websocket` 和 `Connection: Upgrade`：“我们在这里不再说 HTTP 了”。
- `Sec-WebSocket-Key`：16 个随机字节，经 base64 编码，每次握手都重新生成。
- `Sec-WebSocket-Version: 13`：RFC 6455 定义的版本。

由于它就是普通的 HTTP，请求发往 80 或 443 端口，经过同样的代理和负载
均衡器，像任何请求一样携带 cookie 和授权信息，浏览器还会添加 `Origin`
头部，让服务器可以拒绝来自其他站点的页面。在 TLS 之上，scheme 是 `wss://`，并且
TCP 和 TLS 握手先进行。</translation>
    </message>
    <message>
        <source>Counting the TCP handshake, the TLS 1.3 handshake and the upgrade itself, how many round trips does a client wait for before the server can push anything to it?</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>把 TCP 握手、TLS 1.3 握手和升级本身都算上，客户端要等待多少次往返，服务器才能向它推送内容？</translation>
    </message>
    <message>
        <source>One round trip for TCP, one for TLS 1.3 and one for the upgrade GET and its answer: {b.roundTrips} in this run. After that no update waits for a request: the server writes a frame whenever it has news, so every later update costs only the one-way trip of about {knob.rttMs / 2} ms.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>TCP 一次往返，TLS 1.3 一次，升级 GET 及其应答一次：本次运行中为 {b.roundTrips} 次。此后没有任何更新需要等待请求：服务器一有新消息就写出一个帧，所以之后每条更新只需约 {knob.rttMs / 2} ms 的单程时间。</translation>
    </message>
    <message>
        <source>101 Switching Protocols, and the accept key</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>101 Switching Protocols 与 accept 密钥</translation>
    </message>
    <message>
        <source>The server agrees with **`101 Switching Protocols`**. From the blank line that ends this response
on, the connection no longer carries HTTP: both sides speak WebSocket frames. Any other status
(`401`, `403`, `426 Upgrade Required` when the version is wrong, or a plain `200`) means there is
no WebSocket, and the client must give up.

The response also carries **`Sec-WebSocket-Accept`**. The server computes it from the client&apos;s key:

    accept = base64( SHA-1( Sec-WebSocket-Key + &quot;258EAFA5-E914-47DA-95CA-C5AB0DC85B11&quot; ) )

The long string is a fixed GUID written into RFC 6455. The inspector shows each step: the key, the
key with the GUID appended, its SHA-1, and the base64 of that, which must equal what the server
sent. The client checks it and fails the connection if it does not match.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>服务器用 **`101 Switching Protocols`** 表示同意。从结束这个响应的空行
开始，这条连接不再承载 HTTP：双方都说 WebSocket 帧。任何其他状态码
（`401`、`403`、版本不对时的 `426 Upgrade Required`，或一个普通的 `200`）都意味着
没有 WebSocket，客户端必须放弃。

响应还携带 **`Sec-WebSocket-Accept`**。服务器根据客户端的密钥计算它：

    accept = base64( SHA-1( Sec-WebSocket-Key + &quot;258EAFA5-E914-47DA-95CA-C5AB0DC85B11&quot; ) )

那个长字符串是写进 RFC 6455 的固定 GUID。检查器显示了每一步：密钥、
附加 GUID 后的密钥、它的 SHA-1，以及其 base64 编码，结果必须等于服务器
发送的值。客户端会检查它，不匹配时就判定连接失败。</translation>
    </message>
    <message>
        <source>What does a matching Sec-WebSocket-Accept prove to the client?</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>匹配的 Sec-WebSocket-Accept 向客户端证明了什么？</translation>
    </message>
    <message>
        <source>The server is who it claims to be, as a certificate would prove</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>服务器就是它所声称的那个身份，就像证书所能证明的那样</translation>
    </message>
    <message>
        <source>The server read this handshake&apos;s key and deliberately agreed to speak WebSocket</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>服务器读取了本次握手的密钥，并有意同意使用 WebSocket</translation>
    </message>
    <message>
        <source>The frames that follow are encrypted with a key derived from it</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>后续的帧用由它派生的密钥加密</translation>
    </message>
    <message>
        <source>Every proxy on the path has agreed to forward WebSocket frames</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>路径上的每个代理都同意转发 WebSocket 帧</translation>
    </message>
    <message>
        <source>Anyone can compute the accept value, so it is neither authentication nor encryption (that is TLS&apos;s job with wss://). What it rules out is an accidental yes: a server or cache that does not understand WebSocket, or a replayed old response, cannot produce the SHA-1 of a key it has never seen. Only a server that really processed this upgrade can answer it.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>任何人都能计算出 accept 值，所以它既不是认证也不是加密（那是 wss:// 中 TLS 的工作）。它排除的是意外的同意：一个不理解 WebSocket 的服务器或缓存，或一个被重放的旧响应，无法算出一个它从未见过的密钥的 SHA-1。只有真正处理了这次升级的服务器才能给出正确答复。</translation>
    </message>
    <message>
        <source>Frames: a small header in front of every message</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>帧：每条消息前面的一个小头部</translation>
    </message>
    <message>
        <source>After the 101, everything is a **frame**. The header is small and made of bits:

    byte 0:  FIN (1 bit)  RSV1-3 (3 bits)  opcode (4 bits)
    byte 1:  MASK (1 bit) payload length (7 bits: 0-125, or 126 / 127)
    then:    16-bit or 64-bit extended length, if the 7 bits said 126 or 127
    then:    4-byte masking key, if MASK is 1
    then:    the payload

The **opcode** says what the frame is: `0x1` text (UTF-8), `0x2` binary, `0x0` a continuation
of a fragmented message, and the **control frames** `0x8` close, `0x9` ping, `0xA` pong.
**FIN** marks the last frame of a message: a large message may be split into fragments, while a
control frame is never fragmented and carries at most 125 bytes.

The selected frame is one ticker update from the server: FIN set, opcode text, no mask, and a
payload short enough for the 7-bit length, so its whole header is **two bytes**. Compare that with
an HTTP request and response head for every poll.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>101 之后，一切都是**帧**。帧头很小，由比特组成：

    字节 0:  FIN（1 位）  RSV1-3（3 位）  opcode（4 位）
    字节 1:  MASK（1 位） 载荷长度（7 位：0-125，或 126 / 127）
    然后:    16 位或 64 位扩展长度（若这 7 位的值为 126 或 127）
    然后:    4 字节掩码密钥（若 MASK 为 1）
    然后:    载荷

**opcode** 说明帧的类型：`0x1` 文本（UTF-8），`0x2` 二进制，`0x0` 分片消息的
后续片段，以及**控制帧** `0x8` close、`0x9` ping、`0xA` pong。
**FIN** 标记一条消息的最后一帧：大消息可以被拆成多个分片，而
控制帧从不分片，且最多携带 125 字节。

选中的帧是服务器发出的一条行情更新：FIN 置位，opcode 为文本，无掩码，
载荷短到 7 位长度就能表示，所以整个帧头只有**两个字节**。把它与
每次轮询都要有的 HTTP 请求头和响应头比较一下。</translation>
    </message>
    <message>
        <source>Each update reached each client as one text frame, and each connection ended with one Close frame in each direction. How many WebSocket frames crossed the wire in all?</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>每条更新以一个文本帧到达每个客户端，每条连接在每个方向上以一个 Close 帧结束。线路上总共传输了多少个 WebSocket 帧？</translation>
    </message>
    <message>
        <source>{b.polling.updates} updates to {knob.clients} clients make {b.polling.deliveries} text frames, and the closing handshake adds two Close frames per connection, {2 * b.polling.connections} here: {b.polling.webSocketFrames} frames in all. None of them was a request: the server simply wrote each update when it had it. Closing is done with frames too, which is easy to forget.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>{b.polling.updates} 条更新发给 {knob.clients} 个客户端，产生 {b.polling.deliveries} 个文本帧，关闭握手为每条连接再加两个 Close 帧，这里是 {2 * b.polling.connections} 个：总共 {b.polling.webSocketFrames} 个帧。其中没有一个是请求：服务器一有更新就直接写出。关闭也是用帧完成的，这一点很容易被忘记。</translation>
    </message>
    <message>
        <source>Full duplex, and why clients mask</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>全双工，以及客户端为什么要掩码</translation>
    </message>
    <message>
        <source>Now a **chat**: the clients take turns posting messages and the server sends each one to every
client. On the WebSocket side a client posts on the same connection the server pushes on. That is
**full duplex**: either side may send a frame at any moment, and nothing pairs a message with a
reply the way HTTP pairs a response with its request.

The selected frame goes from a client to the server, and it looks different from the server&apos;s:
the **MASK** bit is set and a four-byte **masking key** follows the length, so a short message has
a **six-byte** header instead of two. The payload is XORed with the key, byte by byte.

RFC 6455 makes this a rule: **every frame from a client must be masked** with a fresh, unpredictable
key, and **no frame from a server may be**. A server that gets an unmasked frame closes the
connection. The key travels in the clear inside the frame, so masking hides nothing from an
eavesdropper; for secrecy you use `wss://`.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>现在换成一个**聊天**：客户端轮流发帖，服务器把每条消息发给每个
客户端。在 WebSocket 一侧，客户端发帖用的正是服务器推送所用的那条连接。这就是
**全双工**：任何一方都可以在任意时刻发送帧，也没有什么机制像 HTTP 把响应与其请求配对那样
把一条消息与一条回复配对。

选中的帧从客户端发往服务器，它看起来与服务器的帧不同：
**MASK** 位被置位，长度之后跟着一个四字节的**掩码密钥**，所以短消息的
帧头是**六个字节**而不是两个。载荷逐字节与密钥做异或。

RFC 6455 把这定为规则：**客户端发出的每个帧都必须用一个新的、不可预测的
密钥掩码**，而**服务器发出的帧一律不得掩码**。服务器收到未掩码的帧就会关闭
连接。密钥以明文形式放在帧里，所以掩码对
窃听者什么也隐藏不了；要保密，请使用 `wss://`。</translation>
    </message>
    <message>
        <source>Why must a browser mask every frame it sends?</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>为什么浏览器必须对它发送的每个帧做掩码？</translation>
    </message>
    <message>
        <source>To encrypt the message when TLS is not used</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>为了在不使用 TLS 时加密消息</translation>
    </message>
    <message>
        <source>So that the server can tell which client sent a frame</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>为了让服务器能分辨是哪个客户端发送了帧</translation>
    </message>
    <message>
        <source>So that a page&apos;s script cannot choose the exact bytes on the wire, which could fool a proxy that does not understand WebSocket</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>为了让页面脚本无法精确选择线路上的字节，否则可能欺骗不理解 WebSocket 的代理</translation>
    </message>
    <message>
        <source>To compress text messages before they are sent</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>为了在发送前压缩文本消息</translation>
    </message>
    <message>
        <source>A script decides what it sends, but the browser picks the masking key at random for each frame, so the script cannot predict the bytes that reach the network. Without that, a malicious page could send a payload that looks like an HTTP request to a transparent proxy or cache on the path that does not know WebSocket, and poison that cache for other users. Servers are trusted not to attack the infrastructure in this way, so their frames stay unmasked.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>脚本决定发送什么内容，但浏览器为每个帧随机挑选掩码密钥，因此脚本无法预测到达网络的字节。若没有这一点，恶意页面可以发送一段看起来像 HTTP 请求的载荷，欺骗路径上不认识 WebSocket 的透明代理或缓存，从而为其他用户污染该缓存。人们相信服务器不会以这种方式攻击基础设施，所以服务器的帧不做掩码。</translation>
    </message>
    <message>
        <source>One connection where polling needs two</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>轮询需要两条连接，这里只需一条</translation>
    </message>
    <message>
        <source>Look at the connections in the statistics. An HTTP/1.1 connection carries **one request at a
time**: while a poll is outstanding, a post on that connection would have to wait behind it. So
each polling chat client keeps **one connection for polling and another for posting**.

The WebSocket client does both on one connection, because the two directions of a WebSocket are
independent. Fewer connections means fewer TCP and TLS handshakes and less memory on the server,
which matters once there are thousands of clients.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>看看统计中的连接。一条 HTTP/1.1 连接**一次只承载一个请求**：
当一次轮询尚未完成时，这条连接上的发帖请求只能排在它后面等待。所以
每个轮询式聊天客户端都保持**一条连接用于轮询，另一条用于发帖**。

WebSocket 客户端在一条连接上同时完成这两件事，因为 WebSocket 的两个方向是
相互独立的。连接更少意味着 TCP 和 TLS 握手更少，服务器占用的内存也更少，
当客户端达到数千个时，这一点就很重要了。</translation>
    </message>
    <message>
        <source>How many TCP connections did side A, the polling chat, open for its clients?</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>A 侧（轮询式聊天）为其客户端打开了多少条 TCP 连接？</translation>
    </message>
    <message>
        <source>Side A opened {a.polling.connections} connections for {knob.clients} clients, one to poll and one to post for each, and sent {a.polling.httpRequests} HTTP requests. The WebSocket side opened {b.polling.connections}, one per client, and sent {b.polling.httpRequests} HTTP requests: only the upgrades. Everything after that was frames, in both directions at once.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>A 侧为 {knob.clients} 个客户端打开了 {a.polling.connections} 条连接，每个客户端一条用于轮询、一条用于发帖，并发送了 {a.polling.httpRequests} 个 HTTP 请求。WebSocket 一侧打开了 {b.polling.connections} 条，每个客户端一条，并发送了 {b.polling.httpRequests} 个 HTTP 请求：只有升级请求。此后的一切都是帧，两个方向同时进行。</translation>
    </message>
    <message>
        <source>Ping, pong and the closing handshake</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>Ping、pong 与关闭握手</translation>
    </message>
    <message>
        <source>**Ping** (`0x9`) and **pong** (`0xA`) are control frames for keeping a connection alive and
checking that the peer is still there. Either side may send a ping at any time; the other must
answer with a pong carrying the **same payload**, as soon as it can. They keep NAT tables and
proxies from dropping an idle connection. A browser answers pings by itself, but page scripts
cannot send them, so web applications often add heartbeat messages of their own. This run sends
none: its connections are never idle long enough to need them.

**Closing** is a handshake of its own. One side sends a **Close** frame (`0x8`) whose payload is
a two-byte **status code** and an optional short UTF-8 reason; the other answers with a Close of
its own; after that neither sends data, and the TCP connection is closed, preferably by the server
first. Common codes:

- `1000` normal closure, `1001` going away (a page closed, a server shutting down)
- `1002` protocol error, `1003` data it cannot accept, `1008` policy violation
- `1009` message too big, `1011` unexpected server error

Two codes are never sent on the wire: `1005` (a Close without a code) and `1006` (no Close frame
at all). They exist only so an API can report what happened.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>**Ping**（`0x9`）和 **pong**（`0xA`）是控制帧，用于保持连接存活并
检查对端是否仍在。任何一方都可以随时发送 ping；另一方必须尽快
用携带**相同载荷**的 pong 应答。它们能防止 NAT 表和
代理丢弃空闲连接。浏览器会自动应答 ping，但页面脚本
无法发送 ping，所以 Web 应用常常自己添加心跳消息。本次运行
没有发送：它的连接从未空闲到需要心跳的程度。

**关闭**本身也是一次握手。一方发送 **Close** 帧（`0x8`），其载荷是
一个两字节的**状态码**和一个可选的简短 UTF-8 原因；另一方用自己的 Close
应答；此后双方都不再发送数据，TCP 连接随即关闭，最好由服务器
先关闭。常见状态码：

- `1000` 正常关闭，`1001` 离开（页面关闭、服务器正在停机）
- `1002` 协议错误，`1003` 无法接受的数据，`1008` 违反策略
- `1009` 消息过大，`1011` 服务器意外错误

有两个状态码从不在线路上发送：`1005`（不带状态码的 Close）和 `1006`（根本
没有 Close 帧）。它们的存在只是为了让 API 能报告发生了什么。</translation>
    </message>
    <message>
        <source>A browser&apos;s close event reports code 1006. What happened?</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>浏览器的 close 事件报告了状态码 1006。发生了什么？</translation>
    </message>
    <message>
        <source>The connection ended without any Close frame: the network dropped, a process died or a proxy cut it</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>连接在没有任何 Close 帧的情况下结束了：网络中断、进程崩溃，或被代理切断</translation>
    </message>
    <message>
        <source>The server sent a Close frame with code 1006 to say it was overloaded</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>服务器发送了一个状态码为 1006 的 Close 帧，表示它已过载</translation>
    </message>
    <message>
        <source>The client&apos;s frames were not masked, and the server refused them</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>客户端的帧没有做掩码，服务器拒绝了它们</translation>
    </message>
    <message>
        <source>Both sides completed the closing handshake normally</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>双方都正常完成了关闭握手</translation>
    </message>
    <message>
        <source>1006 is reserved for an abnormal closure: the API reports it when the TCP connection went away with no closing handshake, so no endpoint ever puts it in a frame. In this run every connection closed cleanly: the client sent code 1000 and the server answered with its own Close, so {count(b, &quot;websocket.Frame client opcode=8&quot;)} Close frames crossed the {b.polling.connections} connections. An application that sees 1006 should reconnect, with a growing delay.</source>
        <extracomment>websockets.lesson</extracomment>
        <translation>1006 保留给异常关闭：当 TCP 连接在没有关闭握手的情况下消失时，API 会报告它，所以没有任何端点会把它放进帧里。在本次运行中，每条连接都干净地关闭了：客户端发送状态码 1000，服务器用自己的 Close 应答，因此 {count(b, &quot;websocket.Frame client opcode=8&quot;)} 个 Close 帧穿过了 {b.polling.connections} 条连接。看到 1006 的应用应当以逐渐增长的延迟重连。</translation>
    </message>
    <message>
        <source>Where requests get stuck behind each other: HTTP/1.1&apos;s one-at-a-time connections and in-order pipelining, HTTP/2&apos;s streams that fix it, the lost TCP segment that brings it back for every stream at once, and HTTP/3 over QUIC, whose streams do not wait for each other.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>请求在哪里会互相堵塞：HTTP/1.1 一次一个请求的连接和按序的管线化，HTTP/2 用流解决了这个问题，而一个丢失的 TCP 报文段又让所有流同时重现这一问题；最后是基于 QUIC 的 HTTP/3，它的各个流互不等待。</translation>
    </message>
    <message>
        <source>The fix needs a transport that knows about streams. **QUIC** (RFC 9000) runs over UDP and
carries many independent streams in one connection: each stream&apos;s bytes are ordered on their
own, so a lost packet delays only the streams whose data it carried. Loss recovery and
congestion control stay shared, as in one TCP connection, but the ordering does not.

**HTTP/3** (RFC 9114) is HTTP over QUIC. It keeps HTTP/2&apos;s ideas, with a header compression
(**QPACK**, RFC 9204) redesigned so that header blocks do not have to arrive in order either.
QUIC also folds the TLS 1.3 handshake into its own, so a new connection costs one round trip
instead of TCP&apos;s plus TLS&apos;s.

This run loads the same page over HTTP/2 on TLS (side A, one TCP connection) and over HTTP/3
(side B, one QUIC connection) on the same lossy link, with the same seed. In B&apos;s lanes each QUIC
stream has a thin lane of its own under the connection: look for the stream that waited after a
lost datagram, and for the streams beside it that did not.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>要解决这个问题，需要一种了解流的传输协议。**QUIC**（RFC 9000）运行在 UDP 之上，
在一个连接中承载许多相互独立的流：每个流的字节各自排序，
因此丢失一个数据包只会延迟其所携带数据的那些流。丢包恢复和
拥塞控制仍然是共享的，与一个 TCP 连接相同，但排序不再共享。

**HTTP/3**（RFC 9114）就是基于 QUIC 的 HTTP。它沿用了 HTTP/2 的思路，并重新设计了头部压缩
（**QPACK**，RFC 9204），使头部块也不必按顺序到达。
QUIC 还把 TLS 1.3 握手并入自身的握手，因此建立新连接只需一次往返，
而不是 TCP 的往返再加上 TLS 的往返。

本次运行在同一条有丢包的链路上、使用相同的随机种子，分别通过 TLS 上的 HTTP/2
（A 侧，一个 TCP 连接）和 HTTP/3（B 侧，一个 QUIC 连接）加载同一个页面。在 B 的泳道中，每个 QUIC
流在连接下方都有一条属于自己的细泳道：找一找在某个数据报丢失后等待的那个流，
以及它旁边没有等待的那些流。</translation>
    </message>
    <message>
        <source>With two percent of the packets lost on both sides, which side had the whole page first?</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>两侧都有百分之二的数据包丢失，哪一侧先拿到完整的页面？</translation>
    </message>
    <message>
        <source>HTTP/2 over TLS (A)</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>TLS 上的 HTTP/2（A）</translation>
    </message>
    <message>
        <source>HTTP/3 over QUIC (B)</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>基于 QUIC 的 HTTP/3（B）</translation>
    </message>
    <message>
        <source>HTTP/2 took {a.totalTimeMs:0} ms and HTTP/3 {b.totalTimeMs:0} ms. On the TCP connection {a.segmentsLost} lost segments held back {a.segmentsBlocked} segments that had already arrived, whatever streams they carried. QUIC lost {b.datagramsLost} of its datagrams and held nothing back: it sent the lost frames again in new packets while every other stream went on. HTTP/3 also saved a round trip on the handshake ({a.roundTrips} round trips against {b.roundTrips}).</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>HTTP/2 用了 {a.totalTimeMs:0} ms，HTTP/3 用了 {b.totalTimeMs:0} ms。在 TCP 连接上，{a.segmentsLost} 个丢失的报文段阻塞了 {a.segmentsBlocked} 个已经到达的报文段，无论它们承载的是哪个流。QUIC 丢失了 {b.datagramsLost} 个数据报，却没有阻塞任何数据：它在新的数据包中重传丢失的帧，而其他所有流照常进行。HTTP/3 还在握手上节省了一次往返（{a.roundTrips} 次往返对 {b.roundTrips} 次）。</translation>
    </message>
    <message>
        <source>Why QUIC&apos;s streams do not wait for each other</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>为什么 QUIC 的流互不等待</translation>
    </message>
    <message>
        <source>TCP numbers bytes: one sequence for the whole connection, handed over strictly in order. QUIC
numbers **packets** for loss detection, and each STREAM frame inside a packet says which stream
it belongs to and at which offset of that stream its bytes go. A receiver can therefore place
every frame that arrives, and hand each stream its bytes as soon as that stream has no gap,
whatever happened to the others. When a packet is lost, QUIC does not resend the packet: it
sends the lost frames again, in a new packet with a new number.

A short answer for an interview: *HTTP/1.1 suffers head-of-line blocking between requests on a
connection; HTTP/2 removes that with multiplexed streams, but on one TCP connection a lost
segment still stalls every stream; HTTP/3 over QUIC makes streams independent in the transport.*</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>TCP 给字节编号：整个连接只有一个序列，严格按顺序交付。QUIC
为**数据包**编号以检测丢包，数据包中的每个 STREAM 帧都注明它属于哪个流，
以及其字节位于该流的哪个偏移处。因此，接收方可以安放
每一个到达的帧，只要某个流没有空缺，就立即把字节交给该流，
无论其他流发生了什么。数据包丢失时，QUIC 不会重发该数据包，而是
把丢失的帧放进一个带有新编号的新数据包中再次发送。

面试时的简短回答：*HTTP/1.1 在一个连接上的请求之间存在队头阻塞；
HTTP/2 用多路复用的流消除了这一问题，但在单个 TCP 连接上，一个丢失的
报文段仍会使所有流停滞；基于 QUIC 的 HTTP/3 让各个流在传输层相互独立。*</translation>
    </message>
    <message>
        <source>QUIC orders bytes per stream, not per connection, so data of other streams that arrived is handed to the application right away. In the run you just watched, the HTTP/2 connection&apos;s {a.segmentsLost} lost segments held back {a.segmentsBlocked} others, whatever streams they carried; HTTP/3 lost {b.datagramsLost} datagrams and held back none.</source>
        <extracomment>head-of-line-blocking.lesson</extracomment>
        <translation>QUIC 按流而不是按连接对字节排序，因此其他流已到达的数据会立即交给应用程序。在你刚才观看的运行中，HTTP/2 连接的 {a.segmentsLost} 个丢失报文段阻塞了另外 {a.segmentsBlocked} 个报文段，无论它们承载的是哪个流；HTTP/3 丢失了 {b.datagramsLost} 个数据报，却没有阻塞任何数据。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Usage: protoviz-cli &lt;command&gt; [options]

Commands:
  run        Run a scenario live, A against B, and print what was measured
  serve      Serve ProtoViz&apos;s page to real clients (curl, nghttp, browsers)
  fetch      Load a page from any HTTP server through the emulated link
  grpc       Call a gRPC method on any server with ProtoViz&apos;s gRPC client
  scenarios  List the scenarios
  lesson     List, read and run the lessons, with answers measured live
  quiz       Interview practice: questions by topic, scored, with a review

`protoviz-cli &lt;command&gt; --help` describes a command&apos;s options.
</source>
        <translation>用法：protoviz-cli &lt;command&gt; [options]

命令：
  run        实时运行一个场景（A 对 B），并打印测量结果
  serve      向真实客户端（curl、nghttp、浏览器）提供 ProtoViz 的页面
  fetch      通过模拟链路从任意 HTTP 服务器加载页面
  grpc       用 ProtoViz 的 gRPC 客户端调用任意服务器上的 gRPC 方法
  scenarios  列出场景
  lesson     列出、阅读并运行课程，答案均为实时测量
  quiz       面试练习：按主题出题、计分，并附回顾

`protoviz-cli &lt;command&gt; --help` 会说明某个命令的选项。
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>OutcomeExplanation</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>had not finished</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>was stopped</source>
        <translation>被停止</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 took %2 (%3× as long)</source>
        <translation>%1 用时 %2（是其 %3 倍）</translation>
    </message>
    <message>
        <source>No side finished: %1.</source>
        <translation>没有一侧完成：%1。</translation>
    </message>
    <message>
        <source>%1 loaded the page first, in %2</source>
        <translation>%1 最先加载完页面，用时 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 opened %n connection(s) and needed %2 round trips</source>
        <translation>
            <numerusform>%1 打开了 %n 条连接，需要 %2 次往返</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection setup: every connection pays a TCP and a TLS handshake before its first request; %1.</source>
        <translation>连接建立：每条连接在发出第一个请求之前都要付出一次 TCP 握手和一次 TLS 握手；%1。</translation>
    </message>
    <message>
        <source>Connection setup: every connection pays a TCP handshake before its first request; %1.</source>
        <translation>连接建立：每条连接在发出第一个请求之前都要付出一次 TCP 握手；%1。</translation>
    </message>
    <message numerus="yes">
        <source>Pipelining: %1 sent %n request(s) before the response to the previous one had arrived, so they shared round trips: %2 round trips, against %3.</source>
        <translation>
            <numerusform>流水线（pipelining）：%1 在前一个响应到达之前发送了 %n 个请求，因此它们共享往返：%2 次往返，对比 %3 次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server push: the server of %1 sent %n object(s) along with the page before the client could ask, saving the requests&apos; round trip: %2 round trips, against %3.</source>
        <translation>
            <numerusform>服务器推送：%1 的服务器在客户端请求之前随页面一起发送了 %n 个对象，省去了这些请求的往返：%2 次往返，对比 %3 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>no other side</source>
        <translation>无另一侧</translation>
    </message>
    <message>
        <source>HPACK header compression: %1 sent its header lists as %2 bytes instead of %3 bytes of HTTP/1.1 text (%4 % saved), because repeated fields become table indexes.</source>
        <translation>HPACK 头部压缩：%1 发送头部列表用了 %2 字节，而不是 %3 字节的 HTTP/1.1 文本（节省 %4 %），因为重复的字段变成了表索引。</translation>
    </message>
    <message numerus="yes">
        <source>TCP head-of-line blocking in %1: %n segment(s) that had already arrived waited behind a lost one (%2 lost in all), so deliveries stood still for %3, the longest wait %4</source>
        <translation>
            <numerusform>%1 中的 TCP 队头阻塞：%n 个已经到达的报文段排在一个丢失的报文段后面等待（共丢失 %2 个），因此交付停滞了 %3，最长等待 %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; every HTTP/2 stream shares its %n connection(s), so one loss stalls all of them.</source>
        <translation>
            <numerusform>%1；每个 HTTP/2 流都共享它的 %n 条连接，所以一次丢包会让所有流停滞。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; each of its %n connection(s) stalls only the request it carries.</source>
        <translation>
            <numerusform>%1；它的 %n 条连接中的每一条只会让自己承载的请求停滞。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its deliveries stood still %1 longer than %2&apos;s: the main reason it finished later.</source>
        <translation>它的交付比 %2 多停滞了 %1：这是它完成得更晚的主要原因。</translation>
    </message>
    <message numerus="yes">
        <source>HTTP head-of-line blocking in %1: the large object %2 (%3 bytes) took %4 to arrive, and %n smaller response(s) pipelined behind it on its connection had to wait for it, the longest %5, because HTTP/1.1 answers in order.</source>
        <translation>
            <numerusform>%1 中的 HTTP 队头阻塞：大对象 %2（%3 字节）用了 %4 才到达，而在同一连接上以流水线方式排在它后面的 %n 个较小响应不得不等待它，最长等待 %5，因为 HTTP/1.1 按顺序应答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Multiplexing in %1: while the large object %2 (%3 bytes) took %4 to arrive, %n smaller object(s) completed, their frames interleaved with its frames on the same connection.</source>
        <translation>
            <numerusform>%1 中的多路复用：在大对象 %2（%3 字节）用 %4 到达的期间，有 %n 个较小对象完成，它们的帧在同一连接上与它的帧交错传输。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %1, while the large object %2 (%3 bytes) took %4 to arrive on one connection, %n smaller object(s) completed over the other connections.</source>
        <translation>
            <numerusform>在 %1 中，当大对象 %2（%3 字节）在一条连接上用 %4 到达的期间，有 %n 个较小对象通过其他连接完成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HTTP head-of-line blocking in %1: the large object %2 (%3 bytes) took %4 to arrive, and %n smaller object(s) requested before it finished came only after it.</source>
        <translation>
            <numerusform>%1 中的 HTTP 队头阻塞：大对象 %2（%3 字节）用了 %4 才到达，而在它完成之前请求的 %n 个较小对象都在它之后才到达。</numerusform>
        </translation>
    </message>
    <message>
        <source>The small objects were all in after %1.</source>
        <translation>所有小对象在 %1 后全部到达。</translation>
    </message>
    <message>
        <source>%1 had its first response byte first, after %2</source>
        <translation>%1 最先收到第一个响应字节，用时 %2</translation>
    </message>
    <message>
        <source>%1 finished its handshake after %2 RTT (%3) and needed %4 round trips in all</source>
        <translation>%1 在 %2 RTT（%3）后完成握手，总共需要 %4 次往返</translation>
    </message>
    <message>
        <source>Handshake round trips (TCP&apos;s included): %1.</source>
        <translation>握手往返次数（含 TCP）：%1。</translation>
    </message>
    <message>
        <source>Resumption: %1 resumed an earlier session, so no Certificate crossed the wire (a full handshake here carried %2 bytes of it); its handshake messages took %3 bytes.</source>
        <translation>会话恢复：%1 恢复了之前的会话，所以线路上没有传输 Certificate（在这里一次完整握手中它占 %2 字节）；它的握手消息共 %3 字节。</translation>
    </message>
    <message>
        <source>the server accepted them and could answer a round trip sooner</source>
        <translation>服务器接受了它们，可以提前一个往返作答</translation>
    </message>
    <message>
        <source>the server did not accept them, so they were sent again after the handshake</source>
        <translation>服务器没有接受它们，所以它们在握手后被重新发送</translation>
    </message>
    <message>
        <source>0-RTT: %1 sent %2 bytes of early data with its ClientHello, %3 before its handshake ended; %4.</source>
        <translation>0-RTT：%1 随 ClientHello 发送了 %2 字节的早期数据，比握手结束早 %3；%4。</translation>
    </message>
    <message>
        <source>even</source>
        <translation>持平</translation>
    </message>
    <message numerus="yes">
        <source>HelloRetryRequest: the server of %1 did not take the offered key share and asked for another, so the client sent %n ClientHello(s): one round trip more (%2 in all).</source>
        <translation>
            <numerusform>HelloRetryRequest：%1 的服务器没有采用所提供的密钥份额（key share），而是要求另一个，所以客户端发送了 %n 个 ClientHello：多一次往返（共 %2 次）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Failure: in %1 the %2 ended the handshake with the fatal alert %3 after %4 (%5).</source>
        <translation>失败：在 %1 中，%2 在 %4 后以致命警报 %3 结束了握手（%5）。</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>%1 delivered updates soonest, %2 from publication to arrival on average</source>
        <translation>%1 交付更新最快，从发布到到达平均用时 %2</translation>
    </message>
    <message numerus="yes">
        <source>Polling: %1 asked %n time(s) and %2 of the answers were empty (%3 %), each a request and a response head spent on nothing; an update waits at the server until the next poll.</source>
        <translation>
            <numerusform>轮询：%1 询问了 %n 次，其中 %2 次应答为空（%3 %），每次都白白耗费了一个请求头和一个响应头；更新会在服务器上一直等到下一次轮询。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 made %2 HTTP request(s) (its WebSocket upgrades) and then pushed %3 WebSocket frame(s) for %4 deliveries</source>
        <translation>%1 发出了 %2 个 HTTP 请求（它的 WebSocket 升级），随后为 %4 次交付推送了 %3 个 WebSocket 帧</translation>
    </message>
    <message>
        <source>%1 made %2 HTTP requests for %3 deliveries (%4 per update)</source>
        <translation>%1 为 %3 次交付发出了 %2 个 HTTP 请求（每条更新 %4 个）</translation>
    </message>
    <message>
        <source>Requests per update: %1.</source>
        <translation>每条更新的请求数：%1。</translation>
    </message>
    <message>
        <source>%1 %2 bytes (%3 bytes in all)</source>
        <translation>%1 %2 字节（共 %3 字节）</translation>
    </message>
    <message>
        <source>Overhead per update delivered (HTTP heads, frame headers, control frames): %1.</source>
        <translation>每交付一条更新的开销（HTTP 头部、帧头、控制帧）：%1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 updates came pushed on a channel opened once, with no request in between; %n connection(s) carried everything.</source>
        <translation>
            <numerusform>%1：%3 条更新中有 %2 条是通过一个只打开一次的通道推送过来的，中间没有任何请求；%n 条连接承载了全部内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the client asked anew for each of the %2 updates (no update came unasked); %3 requests in all over %n connection(s).</source>
        <translation>
            <numerusform>%1：客户端为 %2 条更新中的每一条都重新询问（没有一条更新是不请自来的）；通过 %n 条连接共发出 %3 个请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 had every item first, in %2</source>
        <translation>%1 最先拿到全部条目，用时 %2</translation>
    </message>
    <message numerus="yes">
        <source>Encoding: the %n message(s) of %1 took %2 bytes as Protobuf, prefixes included; written as JSON they would take %3 bytes (%4× as many).</source>
        <translation>
            <numerusform>编码：%1 的 %n 条消息以 Protobuf 编码共占 %2 字节（含前缀）；若写成 JSON，将占 %3 字节（是其 %4 倍）。</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON bodies (binary data as base64 text)</source>
        <translation>JSON 消息体（二进制数据以 base64 文本表示）</translation>
    </message>
    <message>
        <source>Protobuf bodies (binary data as it is)</source>
        <translation>Protobuf 消息体（二进制数据保持原样）</translation>
    </message>
    <message>
        <source>bodies (%1)</source>
        <translation>消息体（%1）</translation>
    </message>
    <message>
        <source>HPACK-compressed headers</source>
        <translation>HPACK 压缩的头部</translation>
    </message>
    <message>
        <source>HTTP/1.1 header text</source>
        <translation>HTTP/1.1 头部文本</translation>
    </message>
    <message>
        <source>Encoding: %1 carried %2 bytes of %3 and %4 bytes of %5.</source>
        <translation>编码：%1 承载了 %2 字节的%3和 %4 字节的%5。</translation>
    </message>
    <message numerus="yes">
        <source>%1 made %n call(s) over %2 connection(s) in %3 round trips</source>
        <translation>
            <numerusform>%1 通过 %2 条连接、在 %3 次往返中发起了 %n 次调用</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 used %2 connection(s) in %3 round trips</source>
        <translation>%1 在 %3 次往返中使用了 %2 条连接</translation>
    </message>
    <message>
        <source>Round trips: every exchange that waits for an answer costs one, every new connection its handshakes; %1.</source>
        <translation>往返：每次等待应答的交换都要花费一次往返，每条新连接还要付出它的握手；%1。</translation>
    </message>
    <message>
        <source>QPACK header compression: %1 sent its header lists as %2 bytes instead of %3 bytes of HTTP/1.1 text (%4 % saved).</source>
        <translation>QPACK 头部压缩：%1 发送的头部列表为 %2 字节，而 HTTP/1.1 文本需要 %3 字节（节省 %4 %）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: first response byte after %2, the page in %n round trip(s)</source>
        <translation>
            <numerusform>%1：%2 后收到响应的第一个字节，页面用了 %n 次往返</numerusform>
        </translation>
    </message>
    <message>
        <source>0-RTT early data: %1 resumed an earlier QUIC session and sent its first request with its very first packet, which the server accepted, so no round trip went by before it. %2; %3.</source>
        <translation>0-RTT 早期数据：%1 恢复了之前的 QUIC 会话，并在其第一个数据包中就发送了第一个请求，服务器接受了该请求，因此在此之前没有经过任何往返。%2；%3。</translation>
    </message>
    <message>
        <source>QUIC handshake: %1 sets up its transport and TLS 1.3 in one round trip, where TCP and TLS take one each. %2; %3.</source>
        <translation>QUIC 握手：%1 在一次往返内同时建立传输层和 TLS 1.3，而 TCP 和 TLS 各需要一次往返。%2；%3。</translation>
    </message>
    <message numerus="yes">
        <source>QUIC loss recovery in %1: %n of %2 datagram(s) were lost; QUIC sends the lost frames again in new packets and hands each stream its own bytes, so a loss holds up only the streams whose data it carried, not the others.</source>
        <translation>
            <numerusform>%1 中的 QUIC 丢包恢复：%2 个数据报中丢失了 %n 个；QUIC 在新的数据包中重传丢失的帧，并把各个流自己的字节分别交给该流，因此一次丢包只会阻塞其所携带数据的那些流，不影响其他流。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollingReport</name>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Updates delivered</source>
        <translation>已交付的更新</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 / %2（%3 %）</translation>
    </message>
    <message>
        <source>Latency, mean</source>
        <translation>延迟，平均值</translation>
    </message>
    <message>
        <source>  median</source>
        <translation>  中位数</translation>
    </message>
    <message>
        <source>  95th percentile</source>
        <translation>  第 95 百分位</translation>
    </message>
    <message>
        <source>  min / max</source>
        <translation>  最小 / 最大</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>HTTP requests</source>
        <translation>HTTP 请求</translation>
    </message>
    <message>
        <source>HTTP head bytes</source>
        <translation>HTTP 头部字节数</translation>
    </message>
    <message>
        <source>WebSocket frames</source>
        <translation>WebSocket 帧</translation>
    </message>
    <message>
        <source>Frame header bytes</source>
        <translation>帧头字节数</translation>
    </message>
    <message>
        <source>Control frame bytes</source>
        <translation>控制帧字节数</translation>
    </message>
    <message>
        <source>Update payload bytes</source>
        <translation>更新载荷字节数</translation>
    </message>
    <message>
        <source>Overhead per update delivered</source>
        <translation>每交付一条更新的开销</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>Wire bytes per update delivered</source>
        <translation>每交付一条更新的线路字节数</translation>
    </message>
    <message>
        <source>Failed polls (400, unknown session)</source>
        <translation>失败的轮询（400，未知会话）</translation>
    </message>
    <message>
        <source>New handshakes (started over)</source>
        <translation>新的握手（重新开始）</translation>
    </message>
    <message>
        <source>Updates skipped by new sessions</source>
        <translation>新会话跳过的更新</translation>
    </message>
    <message>
        <source>Latency: from the server having an update to the client having it. Overhead: HTTP heads, WebSocket frame headers and control frames, counted once, as the clients saw them.</source>
        <translation>延迟：从服务器拥有一条更新到客户端拥有它。开销：HTTP 头部、WebSocket 帧头和控制帧，按客户端所见计算，每项只计一次。</translation>
    </message>
    <message>
        <source>Polling against WebSocket: clients that get every update (default: the scenario&apos;s).</source>
        <translation>轮询与 WebSocket 对比：接收每条更新的客户端数（默认：由场景决定）。</translation>
    </message>
    <message>
        <source>Polling against WebSocket: ticker updates, or chat messages, a second (default: the scenario&apos;s).</source>
        <translation>轮询与 WebSocket 对比：每秒的行情更新数或聊天消息数（默认：由场景决定）。</translation>
    </message>
    <message>
        <source>Polling against WebSocket: seconds the updates go on (default: the scenario&apos;s).</source>
        <translation>轮询与 WebSocket 对比：更新持续的秒数（默认：由场景决定）。</translation>
    </message>
    <message>
        <source>Short polling: milliseconds between one client&apos;s polls (default: the scenario&apos;s).</source>
        <translation>短轮询：单个客户端两次轮询之间的毫秒数（默认：由场景决定）。</translation>
    </message>
    <message>
        <source>WebSocket sides: compress messages with permessage-deflate (RFC 7692); the report shows the bytes saved.</source>
        <translation>WebSocket 侧：使用 permessage-deflate（RFC 7692）压缩消息；报告会显示节省的字节数。</translation>
    </message>
    <message>
        <source>Compressed messages</source>
        <translation>压缩的消息</translation>
    </message>
    <message>
        <source>  payload bytes compressed / inflated</source>
        <translation>  已压缩 / 已解压的载荷字节数</translation>
    </message>
    <message>
        <source>  bytes saved by compression</source>
        <translation>  压缩节省的字节数</translation>
    </message>
</context>
<context>
    <name>PollingScenarios</name>
    <message>
        <source>Measured per update: the delay from the server having it to the client having it, and the bytes of HTTP headers or frame headers it cost.</source>
        <translation>按每条更新测量：从服务器拥有它到客户端拥有它的延迟，以及它耗费的 HTTP 头部或帧头字节数。</translation>
    </message>
    <message>
        <source>A asks with HTTP/1.1 long polling (the server holds each request until there is news, the client asks again at once); B keeps a WebSocket open and the server pushes each update. </source>
        <translation>A 用 HTTP/1.1 长轮询询问（服务器挂起每个请求直到有新消息，客户端随即再次询问）；B 保持一个打开的 WebSocket，服务器推送每条更新。</translation>
    </message>
    <message>
        <source>Ticker: HTTP short polling against WebSocket</source>
        <translation>行情推送：HTTP 短轮询对比 WebSocket</translation>
    </message>
    <message>
        <source>Ticker: HTTP long polling against WebSocket</source>
        <translation>行情推送：HTTP 长轮询对比 WebSocket</translation>
    </message>
    <message>
        <source>Ticker: HTTP short polling against long polling</source>
        <translation>行情推送：HTTP 短轮询对比长轮询</translation>
    </message>
    <message>
        <source>Chat: HTTP short polling against WebSocket</source>
        <translation>聊天：HTTP 短轮询对比 WebSocket</translation>
    </message>
    <message>
        <source>Chat: HTTP long polling against WebSocket</source>
        <translation>聊天：HTTP 长轮询对比 WebSocket</translation>
    </message>
    <message>
        <source>Chat: HTTP short polling against long polling</source>
        <translation>聊天：HTTP 短轮询对比长轮询</translation>
    </message>
    <message>
        <source>There is no polling scenario &quot;%1&quot;.</source>
        <translation>不存在轮询场景“%1”。</translation>
    </message>
    <message>
        <source>Long polling asks again as soon as an answer comes, and a WebSocket never asks: no side polls at an interval.</source>
        <translation>长轮询在收到应答后立即再次请求，而 WebSocket 从不请求：没有一侧按固定间隔轮询。</translation>
    </message>
    <message>
        <source>A ticker: the server publishes updates (as many a second and for as long as the Updates a second and Duration knobs say), and every client must get each one. </source>
        <translation>行情推送：服务器发布更新（每秒数量和持续时长由“每秒更新数”和“持续时间”参数决定），每个客户端都必须收到每一条更新。 </translation>
    </message>
    <message>
        <source>A chat: the clients take turns posting messages (as many a second and for as long as the Updates a second and Duration knobs say), and the server sends each to every client. </source>
        <translation>聊天：客户端轮流发布消息（每秒数量和持续时长由“每秒更新数”和“持续时间”参数决定），服务器将每条消息发送给每个客户端。 </translation>
    </message>
    <message>
        <source>A asks with HTTP/1.1 short polling (a request at each Poll every interval, answered at once, often empty); B keeps a WebSocket open and the server pushes each update as a message. </source>
        <translation>A 使用 HTTP/1.1 短轮询发出请求（每隔“轮询间隔”发出一个请求，立即得到应答，往往为空）；B 保持一个 WebSocket 打开，服务器将每条更新作为消息推送。 </translation>
    </message>
    <message>
        <source>A polls at each Poll every interval (short polling); B long-polls, the server holding each request until there is news. </source>
        <translation>A 每隔“轮询间隔”轮询一次（短轮询）；B 使用长轮询，服务器会挂起每个请求，直到有新消息。 </translation>
    </message>
    <message>
        <source>Both sides poll over HTTP/1.1: no side speaks WebSocket, so no message is compressed.</source>
        <translation>两侧都通过 HTTP/1.1 轮询：没有一侧使用 WebSocket，因此不会压缩任何消息。</translation>
    </message>
</context>
<context>
    <name>PollingSessionConfig</name>
    <message>
        <source>There must be between 1 and %1 clients.</source>
        <translation>客户端数必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Between 1 and %1 updates a second can be sent.</source>
        <translation>每秒可发送 1 到 %1 条更新。</translation>
    </message>
    <message>
        <source>The updates must last between 1 second and %1 seconds.</source>
        <translation>更新必须持续 1 秒到 %1 秒。</translation>
    </message>
    <message>
        <source>The poll interval must be between %1 ms and %2 ms.</source>
        <translation>轮询间隔必须在 %1 ms 到 %2 ms 之间。</translation>
    </message>
    <message>
        <source>The time limit must be between 1 second and %1 seconds.</source>
        <translation>时间限制必须在 1 秒到 %1 秒之间。</translation>
    </message>
    <message>
        <source>The time limit (%1 s) must be longer than the updates last (%2 s).</source>
        <translation>时间限制（%1 s）必须长于更新持续的时间（%2 s）。</translation>
    </message>
    <message>
        <source>WebSocket over TLS (wss://)</source>
        <translation>基于 TLS 的 WebSocket（wss://）</translation>
    </message>
    <message>
        <source>WebSocket (ws://)</source>
        <translation>WebSocket（ws://）</translation>
    </message>
    <message>
        <source>HTTPS short polling every %1 ms</source>
        <translation>每 %1 ms 一次的 HTTPS 短轮询</translation>
    </message>
    <message>
        <source>HTTP/1.1 short polling every %1 ms</source>
        <translation>每 %1 ms 一次的 HTTP/1.1 短轮询</translation>
    </message>
    <message>
        <source>HTTPS long polling</source>
        <translation>HTTPS 长轮询</translation>
    </message>
    <message>
        <source>HTTP/1.1 long polling</source>
        <translation>HTTP/1.1 长轮询</translation>
    </message>
    <message numerus="yes">
        <source>ticker, %1 updates a second for %2 s to %n client(s)</source>
        <translation>
            <numerusform>行情推送，每秒 %1 条更新，持续 %2 s，发给 %n 个客户端</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chat, %1 messages a second for %2 s between %n client(s)</source>
        <translation>
            <numerusform>聊天，每秒 %1 条消息，持续 %2 s，在 %n 个客户端之间</numerusform>
        </translation>
    </message>
    <message>
        <source>WebSocket over TLS (wss://), compressed</source>
        <translation>基于 TLS 的 WebSocket（wss://），已压缩</translation>
    </message>
    <message>
        <source>WebSocket (ws://), compressed</source>
        <translation>WebSocket（ws://），已压缩</translation>
    </message>
</context>
<context>
    <name>ProtocolDescriptor</name>
    <message>
        <source>messages</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>QuestionGrader</name>
    <message>
        <source>This question is answered by a run, and there is none yet.</source>
        <translation>这个问题要由一次运行来回答，但目前还没有运行。</translation>
    </message>
    <message>
        <source>The run could not answer &quot;%1&quot;: %2.</source>
        <translation>这次运行无法回答“%1”：%2。</translation>
    </message>
    <message>
        <source>No choice holds for this run (a tie?): run it again or change a knob.</source>
        <translation>没有一个选项适用于这次运行（平局？）：请再运行一次或改变某个参数。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a measured number and its unit</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>QuestionPrinter</name>
    <message>
        <source>Question: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>  (answer in %1)</source>
        <translation>  （以 %1 作答）</translation>
    </message>
    <message>
        <source>Your prediction: </source>
        <translation>你的预测：</translation>
    </message>
    <message>
        <source>Your choice: </source>
        <translation>你的选择：</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>请输入一个数字。</translation>
    </message>
    <message>
        <source>Type a number from 1 to %1.</source>
        <translation>请输入 1 到 %1 之间的数字。</translation>
    </message>
    <message>
        <source>Measured answer: %1</source>
        <translation>测得的答案：%1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>答案：%1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Proof: event %1 of %2: %3</source>
        <translation>证据：%2 的第 %1 个事件：%3</translation>
    </message>
</context>
<context>
    <name>QuicClient</name>
    <message>
        <source>This client is already connected</source>
        <translation>此客户端已连接</translation>
    </message>
    <message>
        <source>Cannot bind a UDP socket: %1</source>
        <translation>无法绑定 UDP 套接字：%1</translation>
    </message>
</context>
<context>
    <name>QuicDescriptor</name>
    <message>
        <source>QUIC</source>
        <translation>QUIC</translation>
    </message>
    <message>
        <source>QUIC error</source>
        <translation>QUIC 错误</translation>
    </message>
    <message>
        <source>QUIC %1 packet · number %2</source>
        <extracomment>%1 is the packet type (Initial, Handshake, 1-RTT...), %2 its packet number</extracomment>
        <translation>QUIC %1 数据包 · 编号 %2</translation>
    </message>
    <message>
        <source>packet number %1</source>
        <translation>包编号 %1</translation>
    </message>
    <message>
        <source>a QUIC event</source>
        <translation>QUIC 事件</translation>
    </message>
    <message>
        <source>a QUIC %1 packet closing the connection</source>
        <extracomment>%1 is the packet type (Initial, Handshake, 1-RTT...)</extracomment>
        <translation>关闭连接的 QUIC %1 数据包</translation>
    </message>
    <message>
        <source>a QUIC %1 packet</source>
        <extracomment>%1 is the packet type (Initial, Handshake, 1-RTT...)</extracomment>
        <translation>QUIC %1 数据包</translation>
    </message>
    <message>
        <source>%1 can protect Handshake packets now</source>
        <translation>%1 现在可以保护 Handshake 数据包了</translation>
    </message>
    <message>
        <source>%1 has the 1-RTT keys for both directions</source>
        <translation>%1 已拥有双向的 1-RTT 密钥</translation>
    </message>
    <message>
        <source>%1 resumed a session and may send 0-RTT early data</source>
        <translation>%1 恢复了会话，可以发送 0-RTT 早期数据</translation>
    </message>
    <message>
        <source>%1 saw the 0-RTT early data accepted</source>
        <translation>%1 得知 0-RTT 早期数据已被接受</translation>
    </message>
    <message>
        <source>%1 saw the 0-RTT early data refused: it goes again in 1-RTT packets</source>
        <translation>%1 得知 0-RTT 早期数据被拒绝：这些数据将在 1-RTT 数据包中重新发送</translation>
    </message>
    <message>
        <source>%1 completed the QUIC handshake</source>
        <translation>%1 完成了 QUIC 握手</translation>
    </message>
    <message>
        <source>%1 confirmed the QUIC handshake</source>
        <translation>%1 确认了 QUIC 握手</translation>
    </message>
    <message>
        <source>%1 got a session ticket for a later 0-RTT resumption</source>
        <translation>%1 获得了会话票据，可供之后的 0-RTT 恢复使用</translation>
    </message>
    <message>
        <source>%1 finished with the QUIC connection</source>
        <translation>%1 结束了 QUIC 连接</translation>
    </message>
    <message>
        <source>%1 hit a QUIC error</source>
        <translation>%1 遇到 QUIC 错误</translation>
    </message>
    <message>
        <source>0-RTT: early data</source>
        <extracomment>a 0-RTT QUIC packet carries application data before the handshake is over</extracomment>
        <translation>0-RTT：早期数据</translation>
    </message>
    <message>
        <source>A QUIC packet: its frames carry the TLS handshake, acknowledgements and the data of every stream; a lost packet delays only the streams whose data it carried.</source>
        <translation>QUIC 数据包：其中的帧承载 TLS 握手、确认以及所有流的数据；丢失一个数据包只会延迟其所携带数据的那些流。</translation>
    </message>
</context>
<context>
    <name>QuicEventLog</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>stream %1, offset %2, %3 bytes, FIN</source>
        <translation>流 %1，偏移 %2，%3 字节，FIN</translation>
    </message>
    <message>
        <source>stream %1, offset %2, %3 bytes</source>
        <translation>流 %1，偏移 %2，%3 字节</translation>
    </message>
    <message>
        <source>offset %1, %2 bytes of TLS handshake</source>
        <translation>偏移 %1，%2 字节 TLS 握手数据</translation>
    </message>
    <message>
        <source>packets %1</source>
        <translation>数据包 %1</translation>
    </message>
    <message>
        <source>stream %1, error %2</source>
        <translation>流 %1，错误 %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>stream %1, %2 bytes</source>
        <translation>流 %1，%2 字节</translation>
    </message>
    <message>
        <source>%1 bidirectional streams</source>
        <translation>%1 个双向流</translation>
    </message>
    <message>
        <source>%1 unidirectional streams</source>
        <translation>%1 个单向流</translation>
    </message>
    <message>
        <source>id %1, sequence %2</source>
        <translation>id %1，序号 %2</translation>
    </message>
    <message>
        <source>sequence %1</source>
        <translation>序号 %1</translation>
    </message>
    <message>
        <source>packet type</source>
        <translation>包类型</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>destination connection id</source>
        <translation>目标连接 ID</translation>
    </message>
    <message>
        <source>source connection id</source>
        <translation>源连接 ID</translation>
    </message>
    <message>
        <source>key phase</source>
        <translation>密钥阶段</translation>
    </message>
    <message>
        <source>packet number</source>
        <translation>包编号</translation>
    </message>
    <message>
        <source>%1 packet %2: %3</source>
        <extracomment>%1 is the packet type (Initial, Handshake, 1-RTT...), %2 its number, %3 its frames</extracomment>
        <translation>%1 数据包 %2：%3</translation>
    </message>
    <message>
        <source>The frames of %1 packet %2 could not all be decoded: byte %3 of its payload is not a valid frame.</source>
        <translation>%1 数据包 %2 中的帧未能全部解码：其载荷的第 %3 字节不是有效的帧。</translation>
    </message>
    <message>
        <source> It says: &quot;%1&quot;.</source>
        <translation> 它说：“%1”。</translation>
    </message>
    <message>
        <source>error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>This endpoint closed the connection with HTTP/3 error %1.</source>
        <translation>本端以 HTTP/3 错误 %1 关闭了连接。</translation>
    </message>
    <message>
        <source>The peer closed the connection with HTTP/3 error %1.</source>
        <translation>对端以 HTTP/3 错误 %1 关闭了连接。</translation>
    </message>
    <message>
        <source>This endpoint closed the connection with QUIC transport error %1.</source>
        <translation>本端以 QUIC 传输错误 %1 关闭了连接。</translation>
    </message>
    <message>
        <source>The peer closed the connection with QUIC transport error %1.</source>
        <translation>对端以 QUIC 传输错误 %1 关闭了连接。</translation>
    </message>
    <message>
        <source>frame type</source>
        <translation>帧类型</translation>
    </message>
    <message>
        <source>payload length</source>
        <translation>载荷长度</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>流</translation>
    </message>
    <message numerus="yes">
        <source>%1 on stream %2: %n byte(s) of payload</source>
        <extracomment>%1 is the frame type (HEADERS, DATA, SETTINGS...)</extracomment>
        <translation>
            <numerusform>流 %2 上的 %1：%n 字节载荷</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 %2</source>
        <translation>请求 %1 %2</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>响应 %1</translation>
    </message>
    <message>
        <source>stream id</source>
        <translation>流 ID</translation>
    </message>
    <message>
        <source>; requests on stream %1 and later will not be processed</source>
        <translation>；流 %1 及之后的请求将不会被处理</translation>
    </message>
    <message>
        <source>push id</source>
        <translation>推送 ID</translation>
    </message>
    <message>
        <source>; push id %1</source>
        <translation>；推送 ID %1</translation>
    </message>
</context>
<context>
    <name>QuicPacketDecoder</name>
    <message>
        <source>Malformed QUIC packet: %1</source>
        <translation>QUIC 数据包格式错误：%1</translation>
    </message>
</context>
<context>
    <name>QuicServer</name>
    <message>
        <source>Cannot listen for QUIC on %1 port %2: %3</source>
        <translation>无法在 %1 的端口 %2 上监听 QUIC：%3</translation>
    </message>
</context>
<context>
    <name>QuicTlsContext</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>No certificate authority in the PEM data</source>
        <translation>PEM 数据中没有证书颁发机构</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>No question fits: choose other topics, or at least one question.</source>
        <translation>没有合适的问题：请选择其他主题，或至少选择一道题。</translation>
    </message>
    <message>
        <source>(no answer: time ran out)</source>
        <translation>（未作答：时间已到）</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <source>ProtoViz quiz</source>
        <translation>ProtoViz 测验</translation>
    </message>
    <message>
        <source>**Score: %1 of %2**</source>
        <translation>**得分：%1 / %2**</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>你的答案：</translation>
    </message>
    <message>
        <source>Right answer:</source>
        <translation>正确答案：</translation>
    </message>
    <message>
        <source>The run that shows it:</source>
        <translation>能说明这一点的运行：</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待复习</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>正确</translation>
    </message>
</context>
<context>
    <name>QuizCommand</name>
    <message>
        <source>--topic: &quot;%1&quot; is not a topic (%2).</source>
        <translation>--topic：“%1”不是一个主题（%2）。</translation>
    </message>
    <message>
        <source>Interview practice in the terminal: questions drawn at random by topic, live ones answered by a run made for them, scored, with a review of every wrong answer at the end.</source>
        <translation>在终端中进行面试练习：按主题随机抽题，实时题目由专门为其进行的运行来回答，计分，并在最后回顾每一道答错的题。</translation>
    </message>
    <message>
        <source>Only these topics, separated by commas (%1).</source>
        <translation>只出这些主题的题，用逗号分隔（%1）。</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>How many questions (default 10).</source>
        <translation>题目数量（默认 10）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Draw the same questions again with the same seed.</source>
        <translation>用相同的种子再次抽出相同的题目。</translation>
    </message>
    <message>
        <source>Seconds for the whole quiz; answers after it do not count (default: untimed).</source>
        <translation>整个测验的秒数；超时后的答案不计分（默认：不限时）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Only questions that need no run.</source>
        <translation>只出不需要运行的题目。</translation>
    </message>
    <message>
        <source>Write the results as Markdown to this file.</source>
        <translation>将结果以 Markdown 格式写入此文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
    <message>
        <source>(a live question: running %1 %2 first …)</source>
        <translation>（实时题目：先运行 %1 %2 …）</translation>
    </message>
    <message>
        <source>Too late: the time is up.</source>
        <translation>太晚了：时间已到。</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>正确。</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>不太对。</translation>
    </message>
    <message>
        <source>Score: %1 of %2.</source>
        <translation>得分：%1 / %2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation>结果已写入 %1。</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>event %1 of session %2</source>
        <translation>会话 %2 的第 %1 个事件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>“%1”必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>unknown layer &quot;%1&quot;</source>
        <translation>未知层“%1”</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>未知类型“%1”</translation>
    </message>
    <message>
        <source>unknown origin &quot;%1&quot;</source>
        <translation>未知来源“%1”</translation>
    </message>
    <message>
        <source>unknown direction &quot;%1&quot;</source>
        <translation>未知方向“%1”</translation>
    </message>
    <message>
        <source>&quot;bytes&quot; is not valid base64</source>
        <translation>“bytes”不是有效的 base64</translation>
    </message>
    <message>
        <source>a field must be [name, value, offset, length, depth]</source>
        <translation>字段必须是 [name, value, offset, length, depth]</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; points outside the event&apos;s bytes</source>
        <translation>字段“%1”指向了事件字节范围之外</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>This is not a ProtoViz recording: the JSON is broken at byte %1 (%2).</source>
        <translation>这不是 ProtoViz 记录：JSON 在第 %1 字节处损坏（%2）。</translation>
    </message>
    <message>
        <source>This is not a ProtoViz recording (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>这不是 ProtoViz 记录（没有 &quot;format&quot;: &quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>This recording has format version %1; this ProtoViz reads version %2.</source>
        <translation>此记录的格式版本为 %1；本 ProtoViz 读取版本 %2。</translation>
    </message>
    <message>
        <source>The recording holds no sessions.</source>
        <translation>此记录不包含任何会话。</translation>
    </message>
    <message>
        <source>The recording is damaged: %1.</source>
        <translation>记录已损坏：%1。</translation>
    </message>
    <message>
        <source>The recording is damaged: event %1 of session %2 goes back in time.</source>
        <translation>记录已损坏：会话 %2 的第 %1 个事件在时间上倒退。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>This streamed recording has format version %1; this ProtoViz reads version %2.</source>
        <translation>此流式录制的格式版本为 %1；当前 ProtoViz 读取的是版本 %2。</translation>
    </message>
    <message numerus="yes">
        <source>The recording ends in an incomplete event at line %1 (its writer stopped mid-way); the %n complete event(s) before it were read.</source>
        <translation>
            <numerusform>录制在第 %1 行以一个不完整的事件结束（其写入程序中途停止）；已读取此前的 %n 个完整事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The recording is damaged: line %1 is not an event (%2).</source>
        <translation>录制已损坏：第 %1 行不是事件（%2）。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>The recording is damaged: the event at line %1 goes back in time.</source>
        <translation>录制已损坏：第 %1 行的事件时间倒退。</translation>
    </message>
</context>
<context>
    <name>RestApi</name>
    <message>
        <source>Not found: the API has /api/items/&lt;id&gt;.</source>
        <translation>未找到：该 API 提供 /api/items/&lt;id&gt;。</translation>
    </message>
    <message>
        <source>Items are read with GET.</source>
        <translation>条目用 GET 读取。</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Runs a scenario&apos;s two sessions live, side by side, over the emulated link, and prints what was measured.</source>
        <translation>通过模拟链路实时、并排地运行一个场景的两个会话，并打印测量结果。</translation>
    </message>
    <message>
        <source>The scenario to run (see `protoviz-cli scenarios`).</source>
        <translation>要运行的场景（见 `protoviz-cli scenarios`）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Write the recording (every event of both sessions) to this file.</source>
        <translation>将记录（两个会话的所有事件）写入此文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Append the TLS secrets of every session to this file (SSLKEYLOGFILE format, for Wireshark). Without it, the file the SSLKEYLOGFILE variable names, as browsers do.</source>
        <translation>将每个会话的 TLS 密钥追加到此文件（SSLKEYLOGFILE 格式，供 Wireshark 使用）。不指定时，像浏览器一样使用 SSLKEYLOGFILE 变量所指定的文件。</translation>
    </message>
    <message>
        <source>Try `protoviz-cli run --help`.</source>
        <translation>请尝试 `protoviz-cli run --help`。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>Link: %1.</source>
        <translation>链路：%1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Page: %n object(s) of %1 bytes.</source>
        <translation>
            <numerusform>页面：%n 个对象，共 %1 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mixed: the first is large, %1 bytes.</source>
        <translation>混合：第一个对象较大，%1 字节。</translation>
    </message>
    <message>
        <source>Running %1 live on 127.0.0.1 ...</source>
        <translation>正在 127.0.0.1 上实时运行 %1 ...</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n gRPC call(s), %2 ended OK; %3 messages sent, %4 received.</source>
        <translation>
            <numerusform>%1：%n 次 gRPC 调用，%2 次以 OK 结束；发送 %3 条消息，接收 %4 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>   Messages: %1 bytes of protobuf and %2 bytes of length prefixes; as JSON they would take %3 bytes.</source>
        <translation>   消息：%1 字节 protobuf 和 %2 字节长度前缀；若用 JSON 将占 %3 字节。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>   Statuses: %1.</source>
        <translation>   状态：%1。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1，用时 %2</translation>
    </message>
    <message>
        <source>Every event (%1) is in %2.</source>
        <translation>所有事件（%1）都在 %2 中。</translation>
    </message>
</context>
<context>
    <name>RunMeasurements</name>
    <message>
        <source>there is no knob &quot;%1&quot; (%2)</source>
        <translation>不存在参数“%1”（%2）</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; names side %2, but this run has %n side(s)</source>
        <translation>
            <numerusform>“%1”指定了 %2 侧，但这次运行只有 %n 侧</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; names nothing: write a.NAME, b.NAME (c.NAME, d.NAME in scenarios of more sides), a.polling.NAME, a.grpc.NAME, a.shootout.NAME or knob.NAME</source>
        <translation>“%1”没有指向任何内容：请写 a.NAME、b.NAME（在多于两侧的场景中还有 c.NAME、d.NAME）、a.polling.NAME、a.grpc.NAME、a.shootout.NAME 或 knob.NAME</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a statistic; there are: %2</source>
        <translation>“%1”不是统计量；可用的有：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1() takes %n number(s)</source>
        <translation>
            <numerusform>%1() 接受 %n 个数字</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no function %1() (count, firstMs, lastMs, bytes, min, max, abs, round)</source>
        <translation>不存在函数 %1()（count、firstMs、lastMs、bytes、min、max、abs、round）</translation>
    </message>
    <message>
        <source>%1() takes a side and an event filter: %1(b, &quot;tls.Alert&quot;)</source>
        <translation>%1() 接受一侧和一个事件过滤器：%1(b, &quot;tls.Alert&quot;)</translation>
    </message>
</context>
<context>
    <name>ScalingScenarios</name>
    <message>
        <source>Scaling WebSockets: two servers without and with a pub/sub broker</source>
        <translation>扩展 WebSocket：两台服务器，不使用和使用发布/订阅消息代理 (broker)</translation>
    </message>
    <message>
        <source>A chat over WebSockets: the clients take turns posting messages at the rate and for the duration set, each meant for every client. A round-robin load balancer spreads their connections over two server instances. In A each instance sends a message only to its own connections, so clients on the other instance miss it; in B the instances publish every message to a pub/sub broker, which hands it to both. Measured: the share of deliveries that arrived, their latency, and the bytes of the balancer&apos;s and the broker&apos;s hops.</source>
        <translation>基于 WebSocket 的聊天：客户端按设定的速率和时长轮流发帖，每条消息都要发给每个客户端。一个轮询（round-robin）负载均衡器把它们的连接分摊到两个服务器实例上。在 A 中，每个实例只把消息发给自己的连接，所以位于另一个实例上的客户端会错过它；在 B 中，实例把每条消息发布到一个发布/订阅消息代理 (broker)，由它转交给两个实例。测量内容：送达的交付所占比例、它们的延迟，以及负载均衡器和消息代理这两跳的字节数。</translation>
    </message>
    <message>
        <source>There is no scaling scenario &quot;%1&quot;.</source>
        <translation>不存在扩展场景“%1”。</translation>
    </message>
    <message>
        <source>WebSockets push every message: no side polls.</source>
        <translation>WebSocket 会推送每条消息：没有一侧轮询。</translation>
    </message>
    <message>
        <source>Each client opens one WebSocket, whatever the HTTP/1.1 pool.</source>
        <translation>无论 HTTP/1.1 连接池如何，每个客户端都只打开一个 WebSocket。</translation>
    </message>
    <message>
        <source>This scenario is about which instance reaches which member; its messages are sent uncompressed.</source>
        <translation>本场景关注的是哪个实例能送达哪个成员；其消息以未压缩形式发送。</translation>
    </message>
</context>
<context>
    <name>ScalingSessionConfig</name>
    <message>
        <source>Scaling out needs at least %1 clients, so that the balancer puts some on each instance.</source>
        <translation>横向扩展至少需要 %1 个客户端，这样负载均衡器才能在每个实例上都放一些。</translation>
    </message>
    <message numerus="yes">
        <source>chat, %1 messages a second for %2 s between %n client(s), spread round robin over %3 instances</source>
        <translation>
            <numerusform>聊天，每秒 %1 条消息，持续 %2 s，在 %n 个客户端之间，以轮询方式分摊到 %3 个实例上</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 instances and a pub/sub broker</source>
        <translation>%1 个实例和一个发布/订阅消息代理</translation>
    </message>
    <message>
        <source>%1 instances, each with its own members</source>
        <translation>%1 个实例，各自只有自己的成员</translation>
    </message>
</context>
<context>
    <name>ScenarioCatalog</name>
    <message>
        <source>HTTP/1.1 against HTTP/2</source>
        <translation>HTTP/1.1 对比 HTTP/2</translation>
    </message>
    <message>
        <source>The same page of objects loaded over HTTP/1.1 (a browser&apos;s pool of connections per host) and over HTTP/2 (one connection, every request a multiplexed stream).</source>
        <translation>同一个由多个对象组成的页面，分别通过 HTTP/1.1（浏览器为每个主机维护的连接池）和 HTTP/2（一条连接，每个请求都是一个多路复用的流）加载。</translation>
    </message>
    <message>
        <source>HTTP/2 without and with server push</source>
        <translation>HTTP/2 不使用和使用服务器推送</translation>
    </message>
    <message>
        <source>HTTP/2 loading the page, once asking for every object and once with the server pushing them along with the page.</source>
        <translation>用 HTTP/2 加载页面，一次请求每个对象，另一次由服务器随页面一起推送它们。</translation>
    </message>
    <message>
        <source>HTTP/1.1 without and with pipelining</source>
        <translation>HTTP/1.1 不使用和使用流水线</translation>
    </message>
    <message>
        <source>HTTP/1.1 over one connection, waiting for each response before the next request, against sending requests back to back (pipelining), where responses still come back in order.</source>
        <translation>在一条连接上使用 HTTP/1.1，一种是等到每个响应到达后再发下一个请求，另一种是把请求一个接一个连续发出（流水线），而响应仍按顺序返回。</translation>
    </message>
    <message>
        <source>There is no scenario &quot;%1&quot;. Scenarios: %2.</source>
        <translation>不存在场景“%1”。场景有：%2。</translation>
    </message>
    <message>
        <source>%1 with server push</source>
        <translation>%1，使用服务器推送</translation>
    </message>
    <message>
        <source>%1, one connection</source>
        <translation>%1，一条连接</translation>
    </message>
    <message>
        <source>%1, one connection, pipelined</source>
        <translation>%1，一条连接，流水线</translation>
    </message>
    <message>
        <source>HTTP/2 needs one connection, whatever the HTTP/1.1 pool.</source>
        <translation>无论 HTTP/1.1 连接池如何，HTTP/2 只需要一个连接。</translation>
    </message>
    <message>
        <source>Pipelining is compared on one connection, so both sides use exactly one.</source>
        <translation>管线化在单个连接上进行比较，因此两侧都恰好使用一个连接。</translation>
    </message>
</context>
<context>
    <name>SecurityScenarios</name>
    <message>
        <source>HTTPS (%1)</source>
        <translation>HTTPS（%1）</translation>
    </message>
    <message>
        <source>HTTP, cleartext</source>
        <translation>HTTP，明文</translation>
    </message>
    <message>
        <source>HTTP against HTTPS, with an eavesdropper</source>
        <translation>HTTP 对比 HTTPS，有窃听者</translation>
    </message>
    <message>
        <source>The same login over cleartext HTTP and over HTTPS, with a passive eavesdropper on the link. Over HTTP it reads the password and the session cookie; over HTTPS only addresses, ports, the server name (SNI), record sizes and timing — and, when the newest TLS version is 1.2, the certificate.</source>
        <translation>同一次登录分别通过明文 HTTP 和 HTTPS 进行，链路上有一个被动窃听者。在 HTTP 上，它能读到密码和会话 cookie；在 HTTPS 上，它只能看到地址、端口、服务器名（SNI）、记录大小和时间——以及在最高 TLS 版本为 1.2 时的证书。</translation>
    </message>
    <message>
        <source>Tampering: HTTP against HTTPS</source>
        <translation>篡改：HTTP 对比 HTTPS</translation>
    </message>
    <message>
        <source>An attacker on the link flips one byte of the account page in flight. HTTP delivers the altered page without noticing; TLS&apos;s record protection fails, the client sends bad_record_mac and closes. (Authenticity is the untrusted-certificate scenario.)</source>
        <translation>链路上的攻击者在传输途中翻转账户页面的一个字节。HTTP 毫无察觉地交付了被篡改的页面；TLS 的记录保护校验失败，客户端发送 bad_record_mac 并关闭连接。（真实性问题见不受信任证书场景。）</translation>
    </message>
    <message>
        <source>HTTP, altered in flight</source>
        <translation>HTTP，传输中被篡改</translation>
    </message>
    <message>
        <source>%1, altered in flight</source>
        <translation>%1，传输中被篡改</translation>
    </message>
    <message>
        <source>A is always cleartext HTTP and B always HTTPS: that is the comparison.</source>
        <translation>A 始终是明文 HTTP，B 始终是 HTTPS：这正是要比较的内容。</translation>
    </message>
    <message>
        <source>The login site has its own pages: a form, a login and an account page.</source>
        <translation>登录站点有自己的页面：表单页、登录页和账户页。</translation>
    </message>
</context>
<context>
    <name>SecuritySessionConfig</name>
    <message>
        <source>The timeout must be between 1 and %1 seconds.</source>
        <translation>超时时间必须在 1 到 %1 秒之间。</translation>
    </message>
    <message>
        <source>The login needs a user name and a password.</source>
        <translation>登录需要用户名和密码。</translation>
    </message>
    <message>
        <source>HTTPS (TLS 1.2)</source>
        <translation>HTTPS（TLS 1.2）</translation>
    </message>
    <message>
        <source>HTTPS (TLS 1.3)</source>
        <translation>HTTPS（TLS 1.3）</translation>
    </message>
    <message>
        <source>HTTP in cleartext</source>
        <translation>明文 HTTP</translation>
    </message>
    <message>
        <source>log in (POST /login with a password), then GET /account with the session cookie, over %1</source>
        <translation>通过 %1 登录（带密码的 POST /login），然后用会话 cookie 发送 GET /account</translation>
    </message>
    <message>
        <source>; an eavesdropper reads the link</source>
        <translation>；一个窃听者读取链路</translation>
    </message>
    <message>
        <source>; an attacker on the link flips a byte of the account page</source>
        <translation>；链路上的攻击者翻转账户页面的一个字节</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>--%1 takes a port number from 0 (any free port) to 65535, not &quot;%2&quot;.</source>
        <translation>--%1 需要 0（任意空闲端口）到 65535 之间的端口号，而不是“%2”。</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1: loopback only).</source>
        <translation>监听地址（默认 127.0.0.1：仅回环）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Port for HTTP/1.1 and h2c (default 8080; 0 picks a free one).</source>
        <translation>HTTP/1.1 和 h2c 的端口（默认 8080；0 表示选一个空闲端口）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Port for HTTPS (default 8443; 0 picks a free one).</source>
        <translation>HTTPS 的端口（默认 8443；0 表示选一个空闲端口）。</translation>
    </message>
    <message>
        <source>Do not serve cleartext HTTP.</source>
        <translation>不提供明文 HTTP。</translation>
    </message>
    <message>
        <source>Write the generated CA certificate, certificate and key here (default: a new temporary folder).</source>
        <translation>将生成的 CA 证书、证书和密钥写到这里（默认：一个新的临时文件夹）。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Which events to print: all, errors or none (none also records nothing, for benchmarks).</source>
        <translation>要打印哪些事件：all、errors 或 none（none 也不记录任何内容，用于基准测试）。</translation>
    </message>
    <message>
        <source>which</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Stop after this many seconds (default: run until Ctrl+C).</source>
        <translation>在这么多秒后停止（默认：一直运行直到按下 Ctrl+C）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Append the TLS secrets of every connection to this file (SSLKEYLOGFILE format, for Wireshark).</source>
        <translation>将每条连接的 TLS 密钥追加到此文件（SSLKEYLOGFILE 格式，供 Wireshark 使用）。</translation>
    </message>
    <message>
        <source>Refuse TLS 1.3 early data (0-RTT), which is accepted by default.</source>
        <translation>拒绝 TLS 1.3 早期数据（0-RTT），默认是接受的。</translation>
    </message>
    <message>
        <source>Try `protoviz-cli serve --help`.</source>
        <translation>请尝试 `protoviz-cli serve --help`。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>--listen takes an IP address such as 127.0.0.1, not &quot;%1&quot;.</source>
        <translation>--listen 需要一个 IP 地址，例如 127.0.0.1，而不是“%1”。</translation>
    </message>
    <message>
        <source>With both --no-tls and --no-cleartext there is nothing to serve.</source>
        <translation>同时指定 --no-tls 和 --no-cleartext 时就没有任何可提供的内容了。</translation>
    </message>
    <message>
        <source>--events takes all, errors or none, not &quot;%1&quot;.</source>
        <translation>--events 的取值为 all、errors 或 none，而不是“%1”。</translation>
    </message>
    <message>
        <source>--duration takes a whole number of seconds, not &quot;%1&quot;.</source>
        <translation>--duration 需要一个整数秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>ProtoViz is serving a page of %1 objects of %2 bytes.</source>
        <translation>ProtoViz 正在提供一个页面，包含 %1 个对象，每个 %2 字节。</translation>
    </message>
    <message>
        <source>  http://%1:%2/   HTTP/1.1, and HTTP/2 with prior knowledge (h2c)</source>
        <translation>  http://%1:%2/   HTTP/1.1，以及预先知晓（prior knowledge）方式的 HTTP/2（h2c）</translation>
    </message>
    <message>
        <source>  https://%1:%2/   HTTPS: ALPN h2 and http/1.1</source>
        <translation>  https://%1:%2/   HTTPS：ALPN h2 和 http/1.1</translation>
    </message>
    <message>
        <source>  CA certificate: %1</source>
        <translation>  CA 证书：%1</translation>
    </message>
    <message>
        <source>  TLS 1.3 early data (0-RTT) accepted, up to %1 bytes</source>
        <translation>  接受 TLS 1.3 早期数据（0-RTT），最多 %1 字节</translation>
    </message>
    <message>
        <source>  TLS secrets appended to %1</source>
        <translation>  TLS 密钥已追加到 %1</translation>
    </message>
    <message>
        <source>  %1/chat   WebSocket chat room (wss:// on the HTTPS port); a browser test page at %2/websocket-test</source>
        <translation>  %1/chat   WebSocket 聊天室（HTTPS 端口上为 wss://）；浏览器测试页面位于 %2/websocket-test</translation>
    </message>
    <message>
        <source>  gRPC: the service protoviz.lesson.v1.Lesson on the HTTP/2 ports (resources/proto/lesson.proto)</source>
        <translation>  gRPC：HTTP/2 端口上的服务 protoviz.lesson.v1.Lesson（resources/proto/lesson.proto）</translation>
    </message>
    <message>
        <source>  Emulated link: %1</source>
        <translation>  模拟链路：%1</translation>
    </message>
    <message>
        <source>  Warning: listening beyond loopback, on %1.</source>
        <translation>  警告：正在回环地址之外的 %1 上监听。</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>按 Ctrl+C 停止。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after serving %n connection(s).</source>
        <translation>
            <numerusform>共服务了 %n 条连接后停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>On exit, write the recording of the events kept (see --event-budget) to this file.</source>
        <translation>退出时，将保留的事件录制（参见 --event-budget）写入此文件。</translation>
    </message>
    <message>
        <source>Write every event to this file as it happens (a streamed recording that the GUI opens; complete up to the last event even if serve is killed).</source>
        <translation>每个事件发生时立即写入此文件（一种可由 GUI 打开的流式录制；即使 serve 被强制终止，也会完整保留到最后一个事件）。</translation>
    </message>
    <message>
        <source>Memory for the events kept, in MiB (default %1; 0 keeps every event). Beyond it the oldest events are dropped and an event says how many; --record keeps them all on disk.</source>
        <translation>保留事件所用的内存，单位为 MiB（默认 %1；0 表示保留所有事件）。超出后会丢弃最旧的事件，并由一个事件说明丢弃了多少；--record 会在磁盘上保留全部事件。</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Seconds an HTTP/1.1 request head may take from its first byte (default 20): slower ones are answered 408.</source>
        <translation>HTTP/1.1 请求头从第一个字节起允许耗费的秒数（默认 20）：超时的请求将以 408 应答。</translation>
    </message>
    <message>
        <source>Accept permessage-deflate (RFC 7692) offers on the chat room: messages then travel compressed (RSV1). Off by default, so that frames show their payload as sent.</source>
        <translation>接受聊天室上的 permessage-deflate（RFC 7692）提议：此后消息以压缩形式传输（RSV1）。默认关闭，以便帧按发送时的原样显示其载荷。</translation>
    </message>
    <message>
        <source>--event-budget takes a whole number of MiB (0 keeps every event), not &quot;%1&quot;.</source>
        <translation>--event-budget 需要一个以 MiB 为单位的整数（0 表示保留所有事件），而不是“%1”。</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds (at most a day), not &quot;%2&quot;.</source>
        <translation>--%1 需要一个秒数（最多一天），而不是“%2”。</translation>
    </message>
    <message>
        <source>protoviz-cli serve</source>
        <translation>protoviz-cli serve</translation>
    </message>
    <message>
        <source>Stopped recording; still serving.</source>
        <translation>已停止录制；仍在提供服务。</translation>
    </message>
    <message>
        <source>  WebSocket compression: permessage-deflate offers are accepted</source>
        <translation>  WebSocket 压缩：接受 permessage-deflate 提议</translation>
    </message>
    <message>
        <source>Event budget of %1 MiB reached: the oldest events are now dropped from memory (every event is still in the --record file).</source>
        <translation>已达到 %1 MiB 的事件预算：现在会从内存中丢弃最旧的事件（所有事件仍保存在 --record 文件中）。</translation>
    </message>
    <message>
        <source>Event budget of %1 MiB reached: the oldest events are now dropped from memory (--event-budget 0 keeps them all; --record streams them to a file).</source>
        <translation>已达到 %1 MiB 的事件预算：现在会从内存中丢弃最旧的事件（--event-budget 0 可保留全部事件；--record 可将事件流式写入文件）。</translation>
    </message>
    <message>
        <source>Connections that may wait for a request at once (default %1): beyond that many, the one idle longest is closed (HTTP/2 with GOAWAY), and an event says so.</source>
        <translation>可同时等待请求的连接数（默认 %1）：超过此数时，空闲最久的连接会被关闭（HTTP/2 使用 GOAWAY），并有一条事件说明。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>--max-idle-connections takes a whole number of connections, at least 1, not &quot;%1&quot;.</source>
        <translation>--max-idle-connections 需要一个至少为 1 的整数连接数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--max-idle-connections %1 could never be reached: this process may hold only %2 connections and files at once (ulimit -n).</source>
        <translation>--max-idle-connections %1 永远无法达到：此进程最多只能同时持有 %2 个连接和文件（ulimit -n）。</translation>
    </message>
    <message>
        <source>Events can no longer be written to the standard output (%1): printing stopped, serving goes on.</source>
        <translation>事件无法再写入标准输出（%1）：已停止打印，服务继续运行。</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>写入失败</translation>
    </message>
    <message>
        <source>Serves ProtoViz&apos;s page over HTTP/1.1 and HTTP/2, cleartext and TLS, and over HTTP/3, so that real clients can be pointed at it; prints every event as it happens.</source>
        <translation>通过 HTTP/1.1 和 HTTP/2（明文和 TLS）以及 HTTP/3 提供 ProtoViz 的页面，以便让真实的客户端访问它；每个事件发生时都会打印出来。</translation>
    </message>
    <message>
        <source>Do not serve HTTPS (nor HTTP/3).</source>
        <translation>不提供 HTTPS（也不提供 HTTP/3）。</translation>
    </message>
    <message>
        <source>Do not serve HTTP/3, which is otherwise served over QUIC on the UDP port of the same number as the HTTPS port, and advertised there with Alt-Svc.</source>
        <translation>不提供 HTTP/3。否则，HTTP/3 会通过 QUIC 在与 HTTPS 端口号相同的 UDP 端口上提供，并在 HTTPS 端口上用 Alt-Svc 通告。</translation>
    </message>
    <message>
        <source>Try --no-http3, or another --tls-port.</source>
        <translation>请尝试 --no-http3，或换一个 --tls-port。</translation>
    </message>
    <message>
        <source>  https://%1:%2/   HTTP/3 over QUIC on UDP port %2 (advertised with Alt-Svc)</source>
        <translation>  https://%1:%2/   基于 QUIC 的 HTTP/3，使用 UDP 端口 %2（通过 Alt-Svc 通告）</translation>
    </message>
    <message>
        <source>Seconds a connection may stay without a request before it is closed (default 30 for HTTP/1.1, 60 for HTTP/2). For HTTP/3 it is QUIC&apos;s max_idle_timeout (default 30): seconds without a packet from the client.</source>
        <translation>连接在没有请求的情况下可保持的秒数，超时即关闭（HTTP/1.1 默认 30，HTTP/2 默认 60）。对于 HTTP/3，它是 QUIC 的 max_idle_timeout（默认 30）：即未收到客户端数据包的秒数。</translation>
    </message>
    <message>
        <source>Seconds a TLS handshake may take from the accept, or a QUIC handshake from the client&apos;s first packet (default 30).</source>
        <translation>TLS 握手从 accept 起、或 QUIC 握手从客户端第一个数据包起可耗费的秒数（默认 30）。</translation>
    </message>
</context>
<context>
    <name>SessionConfig</name>
    <message>
        <source>The page must have between 1 and %1 objects.</source>
        <translation>页面必须包含 1 到 %1 个对象。</translation>
    </message>
    <message>
        <source>Objects must be between 0 bytes and %1 MiB.</source>
        <translation>对象大小必须在 0 字节到 %1 MiB 之间。</translation>
    </message>
    <message>
        <source>The large object must be between 0 bytes (none) and %1 MiB.</source>
        <translation>大对象必须在 0 字节（无）到 %1 MiB 之间。</translation>
    </message>
    <message>
        <source>HTTP/1.1 may use between 1 and %1 connections per host.</source>
        <translation>HTTP/1.1 每个主机可使用 1 到 %1 条连接。</translation>
    </message>
    <message>
        <source>The time limit must be between 1 second and %1 seconds.</source>
        <translation>时间限制必须在 1 秒到 %1 秒之间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>“%1”不是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>The address&apos;s scheme and the TLS setting disagree.</source>
        <translation>地址的 scheme 与 TLS 设置不一致。</translation>
    </message>
    <message>
        <source>Server push exists only in HTTP/2.</source>
        <translation>服务器推送只存在于 HTTP/2 中。</translation>
    </message>
    <message>
        <source>HTTP/1.1 cleartext</source>
        <translation>HTTP/1.1 明文</translation>
    </message>
    <message>
        <source>HTTP/1.1 over TLS 1.2</source>
        <translation>基于 TLS 1.2 的 HTTP/1.1</translation>
    </message>
    <message>
        <source>HTTP/1.1 over TLS</source>
        <translation>基于 TLS 的 HTTP/1.1</translation>
    </message>
    <message>
        <source>HTTP/2 cleartext (h2c)</source>
        <translation>HTTP/2 明文（h2c）</translation>
    </message>
    <message>
        <source>HTTP/2 over TLS 1.2</source>
        <translation>基于 TLS 1.2 的 HTTP/2</translation>
    </message>
    <message>
        <source>HTTP/2 over TLS</source>
        <translation>基于 TLS 的 HTTP/2</translation>
    </message>
    <message>
        <source>HTTP/3 always runs over QUIC, which always encrypts: it needs TLS.</source>
        <translation>HTTP/3 总是运行在始终加密的 QUIC 之上：它需要 TLS。</translation>
    </message>
    <message>
        <source>Only HTTP/3 page loads resume with 0-RTT early data.</source>
        <translation>只有 HTTP/3 页面加载才能用 0-RTT 早期数据恢复会话。</translation>
    </message>
    <message>
        <source>0-RTT early data is shown with ProtoViz&apos;s own server only.</source>
        <translation>0-RTT 早期数据只能在 ProtoViz 自己的服务器上演示。</translation>
    </message>
    <message>
        <source>HTTP/3 with 0-RTT resumption</source>
        <translation>带 0-RTT 恢复的 HTTP/3</translation>
    </message>
    <message>
        <source>HTTP/3</source>
        <translation>HTTP/3</translation>
    </message>
    <message>
        <source>Give the server as an IP address or localhost, not &quot;%1&quot;.</source>
        <translation>请以 IP 地址或 localhost 指定服务器，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>SessionDescriptor</name>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Session error</source>
        <translation>会话错误</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>一个事件</translation>
    </message>
    <message>
        <source>A session event describes the page or the run, not bytes on the wire.</source>
        <translation>会话事件描述的是页面或运行，而不是线路上的字节。</translation>
    </message>
    <message>
        <source>%1 started the session</source>
        <translation>%1 开始了会话</translation>
    </message>
    <message>
        <source>%1 ended the session</source>
        <translation>%1 结束了会话</translation>
    </message>
    <message>
        <source>%1 asked for an object</source>
        <translation>%1 请求了一个对象</translation>
    </message>
    <message>
        <source>%1 had an object in full</source>
        <translation>%1 已完整获得一个对象</translation>
    </message>
    <message>
        <source>%1 got an update</source>
        <translation>%1 收到了一条更新</translation>
    </message>
    <message>
        <source>%1 noted something worth knowing</source>
        <translation>%1 记录了一条值得注意的信息</translation>
    </message>
    <message>
        <source>%1 reported an error</source>
        <translation>%1 报告了一个错误</translation>
    </message>
    <message>
        <source>%1 named what a connection is for</source>
        <translation>%1 指明了连接的用途</translation>
    </message>
    <message>
        <source>The session starts; the link&apos;s round-trip time is %1</source>
        <translation>会话开始；链路的往返时间为 %1</translation>
    </message>
    <message>
        <source>The session is over: the workload completed</source>
        <translation>会话结束：工作负载已完成</translation>
    </message>
    <message>
        <source>The session is over: it failed</source>
        <translation>会话结束：失败</translation>
    </message>
    <message>
        <source>The session is over: it was given up after its time limit</source>
        <translation>会话结束：超过时间限制后被放弃</translation>
    </message>
    <message>
        <source>The session is over: it was cancelled</source>
        <translation>会话结束：已被取消</translation>
    </message>
    <message>
        <source>The session is over</source>
        <translation>会话结束</translation>
    </message>
    <message>
        <source>The client asks for the page (the HTML document)</source>
        <translation>客户端请求页面（HTML 文档）</translation>
    </message>
    <message>
        <source>The server announces that it pushes page object %1</source>
        <translation>服务器宣布它将推送页面对象 %1</translation>
    </message>
    <message>
        <source>The client asks for page object %1</source>
        <translation>客户端请求页面对象 %1</translation>
    </message>
    <message>
        <source>The page (the HTML document) has arrived: %1 of body</source>
        <translation>页面（HTML 文档）已到达：正文 %1</translation>
    </message>
    <message>
        <source>Pushed page object %1 has arrived: %2 of body</source>
        <translation>被推送的页面对象 %1 已到达：正文 %2</translation>
    </message>
    <message>
        <source>Page object %1 has arrived: %2 of body</source>
        <translation>页面对象 %1 已到达：正文 %2</translation>
    </message>
    <message>
        <source>Update %1 reaches a client %2 after the server published it</source>
        <translation>更新 %1 在服务器发布后 %2 到达某个客户端</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>What this connection is for</source>
        <translation>此连接的用途</translation>
    </message>
    <message>
        <source>object %1</source>
        <translation>对象 %1</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>更新 %1</translation>
    </message>
</context>
<context>
    <name>ShootoutProtocolFacts</name>
    <message>
        <source>request and response heads are lines of text, bodies here JSON</source>
        <translation>请求头和响应头是文本行，这里的消息体为 JSON</translation>
    </message>
    <message>
        <source>fetch() and XMLHttpRequest</source>
        <translation>fetch() 和 XMLHttpRequest</translation>
    </message>
    <message>
        <source>the same text as HTTP/1.1, readable once TLS is removed (a key log, the browser&apos;s tools)</source>
        <translation>与 HTTP/1.1 相同的文本，去掉 TLS 后即可阅读（借助密钥日志或浏览器的开发者工具）</translation>
    </message>
    <message>
        <source>binary HTTP/2 frames, HPACK-compressed headers, protobuf messages</source>
        <translation>二进制 HTTP/2 帧、HPACK 压缩的头部、protobuf 消息</translation>
    </message>
    <message>
        <source>browsers expose no HTTP/2 trailers to scripts: pages need gRPC-Web and a proxy</source>
        <translation>浏览器不向脚本暴露 HTTP/2 trailer：页面需要 gRPC-Web 和一个代理</translation>
    </message>
    <message>
        <source>binary frame headers with masked client payloads; the messages themselves may be text</source>
        <translation>二进制帧头，客户端载荷经过掩码；消息本身可以是文本</translation>
    </message>
    <message>
        <source>the WebSocket API</source>
        <translation>WebSocket API</translation>
    </message>
    <message>
        <source>HTTP/1.1</source>
        <translation>HTTP/1.1</translation>
    </message>
    <message>
        <source>HTTPS (HTTP/1.1 over TLS)</source>
        <translation>HTTPS（基于 TLS 的 HTTP/1.1）</translation>
    </message>
    <message>
        <source>gRPC (HTTP/2 over TLS)</source>
        <translation>gRPC（基于 TLS 的 HTTP/2）</translation>
    </message>
    <message>
        <source>WebSocket over TLS (wss://)</source>
        <translation>基于 TLS 的 WebSocket（wss://）</translation>
    </message>
    <message>
        <source>binary frames in encrypted QUIC packets; header fields compressed with QPACK</source>
        <translation>加密 QUIC 数据包中的二进制帧；头部字段用 QPACK 压缩</translation>
    </message>
    <message>
        <source>fetch() uses it by itself when the server offers it (an Alt-Svc header); no API lets a page choose it. Server push is specified, but browsers removed it, so news still needs a request</source>
        <translation>服务器提供它时（通过 Alt-Svc 头部），fetch() 会自动使用它；没有 API 能让页面选择它。服务器推送虽有规范，但浏览器已将其移除，因此新消息仍需要一个请求</translation>
    </message>
    <message>
        <source>HTTP/3 (over QUIC)</source>
        <translation>HTTP/3（基于 QUIC）</translation>
    </message>
</context>
<context>
    <name>ShootoutReport</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Exchanges answered</source>
        <translation>已应答的交换</translation>
    </message>
    <message>
        <source>Request latency, median</source>
        <translation>请求延迟，中位数</translation>
    </message>
    <message>
        <source>  mean / max</source>
        <translation>  平均值 / 最大值</translation>
    </message>
    <message>
        <source>All exchanges done</source>
        <translation>所有交换完成</translation>
    </message>
    <message>
        <source>Updates delivered</source>
        <translation>已交付的更新</translation>
    </message>
    <message>
        <source>Update latency, median</source>
        <translation>更新延迟，中位数</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Client requests</source>
        <translation>客户端请求</translation>
    </message>
    <message>
        <source>Bytes on the wire</source>
        <translation>线路上的字节数</translation>
    </message>
    <message>
        <source>  up / down</source>
        <translation>  上行 / 下行</translation>
    </message>
    <message>
        <source>Server push (measured)</source>
        <translation>服务器推送（实测）</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 updates)</source>
        <translation>%1（%3 条更新中的 %2 条）</translation>
    </message>
    <message>
        <source>Streaming (measured)</source>
        <translation>流式传输（实测）</translation>
    </message>
    <message>
        <source>Human-readable (fact)</source>
        <translation>人类可读（事实）</translation>
    </message>
    <message>
        <source>Browser-native (fact)</source>
        <translation>浏览器原生支持（事实）</translation>
    </message>
    <message>
        <source>%1 — human-readable: %2; in a browser: %3.</source>
        <translation>%1 —— 人类可读：%2；在浏览器中：%3。</translation>
    </message>
    <message>
        <source>Request latency: from the client&apos;s request to its answer. Update latency: from the server having an update to the client having it. Server push and streaming are what this run showed; human-readable and browser-native are facts about the protocol, not measured.</source>
        <translation>请求延迟：从客户端发出请求到收到应答。更新延迟：从服务器拥有一条更新到客户端拥有它。服务器推送和流式传输是本次运行所展示的；人类可读和浏览器原生支持是关于协议的事实，并非测量所得。</translation>
    </message>
</context>
<context>
    <name>ShootoutScenarios</name>
    <message>
        <source>Protocol shoot-out: HTTP/1.1, HTTPS, gRPC and WebSocket</source>
        <translation>协议对比：HTTP/1.1、HTTPS、gRPC 和 WebSocket</translation>
    </message>
    <message>
        <source>One workload over four protocols on the same link: the client asks for the items (objects) and the server answers each, then the server has news a number of times a second (updates a second, for the duration) and the client must learn each. A: HTTP/1.1 (a browser&apos;s pool of connections, updates by long polling); B: the same over TLS; C: gRPC over HTTP/2 and TLS (unary calls, updates on one server-streaming call); D: a WebSocket over TLS (requests and answers as messages, updates pushed). Latency, bytes, connections and which protocol pushes and streams are measured; whether a protocol is human-readable or browser-native is a fact about it.</source>
        <translation>在同一条链路上用四种协议完成同一份工作负载：客户端请求各个条目（对象），服务器逐一应答；然后服务器每秒有若干次新消息（每秒更新数，持续设定的时长），客户端必须获知每一条。A：HTTP/1.1（浏览器的连接池，通过长轮询获取更新）；B：同样的方式但基于 TLS；C：基于 HTTP/2 和 TLS 的 gRPC（一元调用，更新通过一个服务器流式调用传送）；D：基于 TLS 的 WebSocket（请求和应答都作为消息，更新由服务器推送）。延迟、字节数、连接数以及哪种协议能推送和流式传输都是测量所得；协议是否人类可读、是否浏览器原生支持则是关于它的事实。</translation>
    </message>
    <message>
        <source>The protocol shoot-out always runs A in cleartext and B–D over TLS.</source>
        <translation>协议对比始终以明文运行 A，并通过 TLS 运行 B–D。</translation>
    </message>
    <message>
        <source>The shoot-out has one client per protocol.</source>
        <translation>在对比中，每种协议只有一个客户端。</translation>
    </message>
    <message>
        <source>A and B long-poll, C streams and D is pushed to: no side polls at an interval.</source>
        <translation>A 和 B 使用长轮询，C 使用流式传输，D 接收推送：没有一侧按固定间隔轮询。</translation>
    </message>
    <message>
        <source>The shoot-out compares the four protocols as they are; its WebSocket side sends uncompressed messages.</source>
        <translation>对比按原样比较这四种协议；其 WebSocket 侧发送未压缩的消息。</translation>
    </message>
    <message>
        <source>This shoot-out runs every side encrypted: A to D over TLS, B&apos;s TLS inside QUIC.</source>
        <translation>本次对比中各侧均加密：A 到 D 使用 TLS，B 的 TLS 位于 QUIC 内部。</translation>
    </message>
    <message>
        <source>Protocol shoot-out over TLS and QUIC: HTTPS, HTTP/3, gRPC and WebSocket</source>
        <translation>基于 TLS 和 QUIC 的协议对比：HTTPS、HTTP/3、gRPC 和 WebSocket</translation>
    </message>
    <message>
        <source>The protocol shoot-out with every side encrypted, so that the comparison is fair on security: the client asks for the items (objects) and the server answers each, then the server has news a number of times a second (updates a second, for the duration) and the client must learn each. A: HTTPS (a browser&apos;s pool of HTTP/1.1 connections over TLS, updates by long polling); B: HTTP/3 over QUIC (every request a stream of one connection over UDP, updates by long polling too, since browsers dropped server push); C: gRPC over HTTP/2 and TLS (unary calls, updates on one server-streaming call); D: a WebSocket over TLS (requests and answers as messages, updates pushed). Latency, bytes, connections and which protocol pushes and streams are measured; whether a protocol is human-readable or browser-native is a fact about it.</source>
        <translation>各侧均加密的协议对比，使比较在安全性上公平：客户端请求各个条目（对象），服务器逐一应答；随后服务器每秒有若干次新消息（每秒更新数，持续指定时长），客户端必须获知每一条。A：HTTPS（浏览器基于 TLS 的 HTTP/1.1 连接池，通过长轮询获取更新）；B：基于 QUIC 的 HTTP/3（每个请求是一条基于 UDP 的连接上的一个流，同样通过长轮询获取更新，因为浏览器已弃用服务器推送）；C：基于 HTTP/2 和 TLS 的 gRPC（一元调用，更新通过一个服务器流式调用传递）；D：基于 TLS 的 WebSocket（请求和应答都作为消息，更新由服务器推送）。测量的是延迟、字节数、连接数，以及哪个协议推送和使用流；协议是否人类可读、是否为浏览器原生支持，则是该协议本身的属性。</translation>
    </message>
</context>
<context>
    <name>ShootoutSessionConfig</name>
    <message>
        <source>The shoot-out needs between 1 and %1 request/response exchanges.</source>
        <translation>对比需要 1 到 %1 次请求/响应交换。</translation>
    </message>
    <message>
        <source>Items must carry between 0 and %1 bytes.</source>
        <translation>条目必须携带 0 到 %1 字节。</translation>
    </message>
    <message>
        <source>Between 1 and %1 updates a second can be sent.</source>
        <translation>每秒可发送 1 到 %1 条更新。</translation>
    </message>
    <message>
        <source>The updates must last between 1 second and %1 seconds.</source>
        <translation>更新必须持续 1 秒到 %1 秒。</translation>
    </message>
    <message>
        <source>The HTTP/1.1 pool must have between 1 and 64 connections.</source>
        <translation>HTTP/1.1 连接池必须有 1 到 64 条连接。</translation>
    </message>
    <message>
        <source>The time limit must be between 1 second and %1 seconds.</source>
        <translation>时间限制必须在 1 秒到 %1 秒之间。</translation>
    </message>
    <message>
        <source>The time limit (%1 s) must be longer than the updates last (%2 s).</source>
        <translation>时间限制（%1 s）必须长于更新持续的时间（%2 s）。</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) of %1-byte items, then %2 updates (%3 a second for %4 s)</source>
        <translation>
            <numerusform>%n 次交换，每个条目 %1 字节，然后是 %2 条更新（每秒 %3 条，持续 %4 s）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tamperer</name>
    <message>
        <source>the response body</source>
        <translation>响应体</translation>
    </message>
    <message>
        <source>an encrypted application-data record</source>
        <translation>一个加密的应用数据记录</translation>
    </message>
    <message>
        <source>The attacker flipped a byte of %1 in flight: %2 became %3</source>
        <translation>攻击者在传输途中翻转了%1的一个字节：%2 变成了 %3</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>stream offset</source>
        <translation>流偏移</translation>
    </message>
    <message>
        <source>was</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现值</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>掩码</translation>
    </message>
</context>
<context>
    <name>TlsDescriptor</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>TLS record: %1</source>
        <translation>TLS 记录：%1</translation>
    </message>
    <message>
        <source>TLS alert: %1</source>
        <translation>TLS 警报：%1</translation>
    </message>
    <message>
        <source>TLS handshake message: %1</source>
        <translation>TLS 握手消息：%1</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 错误</translation>
    </message>
    <message>
        <source>a TLS record</source>
        <translation>一条 TLS 记录</translation>
    </message>
    <message>
        <source>a TLS alert (%1)</source>
        <extracomment>%1 is the alert as the standard names it: close_notify, unknown_ca...</extracomment>
        <translation>一条 TLS 警报（%1）</translation>
    </message>
    <message>
        <source>early data (0-RTT)</source>
        <translation>早期数据（0-RTT）</translation>
    </message>
    <message>
        <source>a TLS message</source>
        <translation>一条 TLS 消息</translation>
    </message>
    <message>
        <source>%1 agreed on the TLS keys</source>
        <translation>%1 协商好了 TLS 密钥</translation>
    </message>
    <message>
        <source>%1 hit a TLS error</source>
        <translation>%1 遇到 TLS 错误</translation>
    </message>
</context>
<context>
    <name>TlsHandshakeConfig</name>
    <message>
        <source>The page must have between 1 and %1 objects.</source>
        <translation>页面必须包含 1 到 %1 个对象。</translation>
    </message>
    <message>
        <source>Objects must be between 0 bytes and %1 MiB.</source>
        <translation>对象大小必须在 0 字节到 %1 MiB 之间。</translation>
    </message>
    <message>
        <source>The time limit must be between 1 second and %1 seconds.</source>
        <translation>时间限制必须在 1 秒到 %1 秒之间。</translation>
    </message>
    <message>
        <source>The lowest TLS version is above the highest one.</source>
        <translation>最低 TLS 版本高于最高版本。</translation>
    </message>
    <message>
        <source>Early data (0-RTT) exists only in TLS 1.3: both sides must allow TLS 1.3.</source>
        <translation>早期数据（0-RTT）只存在于 TLS 1.3 中：双方都必须允许 TLS 1.3。</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>客户端 %1</translation>
    </message>
    <message>
        <source>client %1 to %2</source>
        <translation>客户端 %1 到 %2</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <source>server %1 to %2</source>
        <translation>服务器 %1 到 %2</translation>
    </message>
    <message numerus="yes">
        <source>one HTTPS GET / (a page listing %n object(s))</source>
        <translation>
            <numerusform>一次 HTTPS GET /（一个列出 %n 个对象的页面）</numerusform>
        </translation>
    </message>
    <message>
        <source>full handshake</source>
        <translation>完整握手</translation>
    </message>
    <message>
        <source>resumes a session from a ticket</source>
        <translation>用票据恢复会话</translation>
    </message>
    <message>
        <source>resumes a session and sends the request as 0-RTT early data</source>
        <translation>恢复会话，并以 0-RTT 早期数据发送请求</translation>
    </message>
    <message>
        <source>client groups %1 (key share for %2)</source>
        <translation>客户端组 %1（为 %2 提供密钥份额）</translation>
    </message>
    <message>
        <source>server groups %1</source>
        <translation>服务器组 %1</translation>
    </message>
    <message>
        <source>the client does not trust the server&apos;s certificate authority</source>
        <translation>客户端不信任服务器的证书颁发机构</translation>
    </message>
</context>
<context>
    <name>TlsScenarios</name>
    <message>
        <source>TLS 1.2 against TLS 1.3</source>
        <translation>TLS 1.2 对比 TLS 1.3</translation>
    </message>
    <message>
        <source>One HTTPS request after a full handshake: TLS 1.2 needs two round trips before the request may go, TLS 1.3 one, because its ClientHello already carries a key share. The first response byte arrives after 4 and 3 round trips (TCP included).</source>
        <translation>完整握手后的一次 HTTPS 请求：TLS 1.2 在请求发出前需要两次往返，TLS 1.3 只需一次，因为它的 ClientHello 已经携带了密钥份额。第一个响应字节分别在 4 次和 3 次往返（含 TCP）后到达。</translation>
    </message>
    <message>
        <source>TLS 1.2: full handshake against session ticket</source>
        <translation>TLS 1.2：完整握手对比会话票据</translation>
    </message>
    <message>
        <source>TLS 1.2 with a full handshake, against one resuming a session from a ticket obtained before: the server skips its certificate and key exchange, and the handshake takes one round trip instead of two.</source>
        <translation>TLS 1.2 完整握手，对比用之前获得的票据恢复会话：服务器省去了证书和密钥交换，握手只需一次往返而不是两次。</translation>
    </message>
    <message>
        <source>TLS 1.3: full handshake against resumption (PSK)</source>
        <translation>TLS 1.3：完整握手对比会话恢复（PSK）</translation>
    </message>
    <message>
        <source>TLS 1.3 with a full handshake, against one resuming a session from a ticket (a pre-shared key): no certificate crosses the wire, yet it still takes one round trip; the gain is bytes and signature work.</source>
        <translation>TLS 1.3 完整握手，对比用票据（预共享密钥）恢复会话：线路上不传输证书，但仍需一次往返；收益在于字节数和签名计算。</translation>
    </message>
    <message>
        <source>TLS 1.3: resumption against 0-RTT early data</source>
        <translation>TLS 1.3：会话恢复对比 0-RTT 早期数据</translation>
    </message>
    <message>
        <source>Both resume a session; B also sends its request as early data with the ClientHello, so the response comes one round trip sooner (2 instead of 3). Early data has no forward secrecy and can be replayed, which is why the server must allow it.</source>
        <translation>双方都恢复会话；B 还随 ClientHello 把请求作为早期数据发送，因此响应早一次往返到达（2 次而不是 3 次）。早期数据没有前向保密性，并且可能被重放，这就是为什么必须由服务器允许它。</translation>
    </message>
    <message>
        <source>TLS 1.3 against a HelloRetryRequest</source>
        <translation>TLS 1.3 对比 HelloRetryRequest</translation>
    </message>
    <message>
        <source>The client sends an X25519 key share. In A the server takes it; in B the server accepts only P-256 and answers with a HelloRetryRequest, so the client must send a second ClientHello: one round trip more.</source>
        <translation>客户端发送 X25519 密钥份额。在 A 中服务器接受它；在 B 中服务器只接受 P-256，并以 HelloRetryRequest 应答，所以客户端必须发送第二个 ClientHello：多一次往返。</translation>
    </message>
    <message>
        <source>TLS 1.3 against an untrusted certificate</source>
        <translation>TLS 1.3 对比不受信任的证书</translation>
    </message>
    <message>
        <source>A trusts the authority that signed the server&apos;s certificate; B trusts another one, so its client refuses the certificate with the unknown_ca alert and the handshake fails (B fails on purpose).</source>
        <translation>A 信任为服务器证书签名的机构；B 信任的是另一个机构，所以它的客户端以 unknown_ca 警报拒绝该证书，握手失败（B 是故意失败的）。</translation>
    </message>
    <message>
        <source>TLS 1.3 against a version mismatch</source>
        <translation>TLS 1.3 对比版本不匹配</translation>
    </message>
    <message>
        <source>A&apos;s client and server share TLS 1.3; B&apos;s client allows TLS 1.2 at most while its server requires TLS 1.3, so the server answers the ClientHello with the protocol_version alert (B fails on purpose).</source>
        <translation>A 的客户端和服务器都支持 TLS 1.3；B 的客户端最高只允许 TLS 1.2，而其服务器要求 TLS 1.3，所以服务器以 protocol_version 警报应答 ClientHello（B 是故意失败的）。</translation>
    </message>
    <message>
        <source>TLS 1.2</source>
        <translation>TLS 1.2</translation>
    </message>
    <message>
        <source>TLS 1.3</source>
        <translation>TLS 1.3</translation>
    </message>
    <message>
        <source>TLS 1.2, full handshake</source>
        <translation>TLS 1.2，完整握手</translation>
    </message>
    <message>
        <source>TLS 1.2, resumed (session ticket)</source>
        <translation>TLS 1.2，已恢复（会话票据）</translation>
    </message>
    <message>
        <source>TLS 1.3, full handshake</source>
        <translation>TLS 1.3，完整握手</translation>
    </message>
    <message>
        <source>TLS 1.3, resumed (PSK)</source>
        <translation>TLS 1.3，已恢复（PSK）</translation>
    </message>
    <message>
        <source>TLS 1.3, resumed, 0-RTT early data</source>
        <translation>TLS 1.3，已恢复，0-RTT 早期数据</translation>
    </message>
    <message>
        <source>TLS 1.3, key share accepted</source>
        <translation>TLS 1.3，密钥份额被接受</translation>
    </message>
    <message>
        <source>TLS 1.3, HelloRetryRequest</source>
        <translation>TLS 1.3，HelloRetryRequest</translation>
    </message>
    <message>
        <source>TLS 1.3, trusted certificate</source>
        <translation>TLS 1.3，受信任的证书</translation>
    </message>
    <message>
        <source>TLS 1.3, untrusted certificate</source>
        <translation>TLS 1.3，不受信任的证书</translation>
    </message>
    <message>
        <source>TLS 1.3 on both sides</source>
        <translation>双方都使用 TLS 1.3</translation>
    </message>
    <message>
        <source>client TLS 1.2 at most, server TLS 1.3 only</source>
        <translation>客户端最高 TLS 1.2，服务器仅 TLS 1.3</translation>
    </message>
    <message>
        <source>A TLS scenario always runs over TLS.</source>
        <translation>TLS 场景始终通过 TLS 运行。</translation>
    </message>
    <message>
        <source>The TLS versions of each side are what this scenario sets.</source>
        <translation>每一侧的 TLS 版本由本场景设定。</translation>
    </message>
</context>
<context>
    <name>UnitWords</name>
    <message>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
</context>
<context>
    <name>WebSocketDescriptor</name>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>WebSocket error</source>
        <translation>WebSocket 错误</translation>
    </message>
    <message>
        <source>WebSocket %1 frame</source>
        <translation>WebSocket %1 帧</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>消息 %1</translation>
    </message>
    <message>
        <source>the WebSocket upgrade request</source>
        <translation>WebSocket 升级请求</translation>
    </message>
    <message>
        <source>the WebSocket upgrade answer</source>
        <translation>WebSocket 升级应答</translation>
    </message>
    <message>
        <source>a WebSocket message</source>
        <translation>一条 WebSocket 消息</translation>
    </message>
    <message>
        <source>a WebSocket close</source>
        <translation>一次 WebSocket 关闭</translation>
    </message>
    <message>
        <source>a WebSocket frame</source>
        <translation>一个 WebSocket 帧</translation>
    </message>
    <message>
        <source>%1 hit a WebSocket error</source>
        <translation>%1 遇到 WebSocket 错误</translation>
    </message>
</context>
<context>
    <name>WireDescriptor</name>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>SYN: the client opens the connection</source>
        <translation>SYN：客户端发起连接</translation>
    </message>
    <message>
        <source>SYN-ACK: the server accepts</source>
        <translation>SYN-ACK：服务器接受</translation>
    </message>
    <message>
        <source>ACK: the handshake is complete</source>
        <translation>ACK：握手完成</translation>
    </message>
    <message>
        <source>FIN: this side has finished sending</source>
        <translation>FIN：这一侧已发送完毕</translation>
    </message>
    <message>
        <source>RST: the connection was reset</source>
        <translation>RST：连接被重置</translation>
    </message>
    <message>
        <source>The link could not carry the connection</source>
        <translation>链路无法承载该连接</translation>
    </message>
    <message>
        <source>TCP segment %1</source>
        <translation>TCP 报文段 %1</translation>
    </message>
    <message>
        <source>SYN: the client opens TCP connection %1; it reaches the server at %2</source>
        <translation>SYN：客户端打开 TCP 连接 %1；它在 %2 到达服务器</translation>
    </message>
    <message>
        <source>SYN-ACK: the server accepts connection %1; it reaches the client at %2</source>
        <translation>SYN-ACK：服务器接受连接 %1；它在 %2 到达客户端</translation>
    </message>
    <message>
        <source>ACK: the client completes the three-way handshake of connection %1; it reaches the server at %2</source>
        <translation>ACK：客户端完成连接 %1 的三次握手；它在 %2 到达服务器</translation>
    </message>
    <message>
        <source>Connection %1 is established: the client may send from now on</source>
        <translation>连接 %1 已建立：客户端从现在起可以发送数据</translation>
    </message>
    <message>
        <source>TCP segment %1 leaves the %2 with %3 of payload; it is due at the %4 at %5, after %6 on the link</source>
        <translation>TCP 报文段 %1 从%2发出，载荷 %3；在链路上经过 %6 后，应于 %5 到达%4</translation>
    </message>
    <message>
        <source>TCP segment %1 (%2) from the %3 is lost on the link; it is sent again at %4</source>
        <translation>来自%3的 TCP 报文段 %1（%2）在链路上丢失；它将在 %4 重新发送</translation>
    </message>
    <message>
        <source>TCP segment %1 (%2) reaches the %3: it left at %4, %5 before</source>
        <translation>TCP 报文段 %1（%2）到达%3：它于 %4 发出，即 %5 之前</translation>
    </message>
    <message>
        <source>It arrived earlier but had to wait behind a lost segment: head-of-line blocking.</source>
        <translation>它更早到达，但必须排在一个丢失的报文段之后等待：队头阻塞。</translation>
    </message>
    <message>
        <source>This attempt is a retransmission.</source>
        <translation>这次发送是一次重传。</translation>
    </message>
    <message>
        <source>FIN: the %1 has finished sending on connection %2</source>
        <translation>FIN：%1已在连接 %2 上发送完毕</translation>
    </message>
    <message>
        <source>RST: connection %1 is aborted</source>
        <translation>RST：连接 %1 被中止</translation>
    </message>
    <message>
        <source>The link could not carry connection %1</source>
        <translation>链路无法承载连接 %1</translation>
    </message>
    <message>
        <source>An eavesdropper on the link reads %1 going to the %2</source>
        <translation>链路上的窃听者读取了发往%2的%1</translation>
    </message>
    <message>
        <source>An attacker on the link alters %1 going to the %2</source>
        <translation>链路上的攻击者篡改了发往%2的%1</translation>
    </message>
    <message>
        <source>TCP %1</source>
        <translation>TCP %1</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>报文段 %1</translation>
    </message>
    <message>
        <source>The link records when each segment travels and how big it is, not what it carries: its bytes are decoded in the TLS, HTTP and WebSocket events at either end.</source>
        <translation>链路记录的是每个报文段何时传输以及有多大，而不是它携带了什么：它的字节会在两端的 TLS、HTTP 和 WebSocket 事件中解码。</translation>
    </message>
    <message>
        <source>a SYN</source>
        <translation>一个 SYN</translation>
    </message>
    <message>
        <source>a SYN-ACK</source>
        <translation>一个 SYN-ACK</translation>
    </message>
    <message>
        <source>an ACK</source>
        <translation>一个 ACK</translation>
    </message>
    <message>
        <source>a FIN</source>
        <translation>一个 FIN</translation>
    </message>
    <message>
        <source>a segment</source>
        <translation>一个报文段</translation>
    </message>
    <message>
        <source>%1 dropped a segment</source>
        <translation>%1 丢弃了一个报文段</translation>
    </message>
    <message>
        <source>%1 delivered a segment</source>
        <translation>%1 投递了一个报文段</translation>
    </message>
    <message>
        <source>%1 aborted the connection (RST)</source>
        <translation>%1 中止了连接（RST）</translation>
    </message>
    <message>
        <source>%1 completed the TCP handshake</source>
        <translation>%1 完成了 TCP 握手</translation>
    </message>
    <message>
        <source>%1 could not carry the connection</source>
        <translation>%1 无法承载该连接</translation>
    </message>
    <message>
        <source>an eavesdropper on the %1 read what it could</source>
        <extracomment>%1 is &quot;link&quot;</extracomment>
        <translation>%1 上的窃听者读取了它能读取的内容</translation>
    </message>
    <message>
        <source>an attacker on the %1 altered bytes in flight</source>
        <translation>%1 上的攻击者篡改了传输中的字节</translation>
    </message>
    <message>
        <source>UDP datagram %1</source>
        <translation>UDP 数据报 %1</translation>
    </message>
    <message>
        <source>UDP datagram %1 leaves the %2 with %3 of payload; it is due at the %4 at %5, after %6 on the link</source>
        <translation>UDP 数据报 %1 离开%2，载荷 %3；它将于 %5 到达%4，在链路上耗时 %6</translation>
    </message>
    <message>
        <source>UDP datagram %1 (%2) from the %3 finds the link&apos;s queue full and is dropped; UDP never sends it again, only the protocol above can</source>
        <translation>来自%3的 UDP 数据报 %1（%2）发现链路队列已满，被丢弃；UDP 永远不会重发它，只有上层协议才能重发</translation>
    </message>
    <message>
        <source>UDP datagram %1 (%2) from the %3 is lost on the link; it would have arrived at %4, and UDP never sends it again: only the protocol above can</source>
        <translation>来自%3的 UDP 数据报 %1（%2）在链路上丢失；它本应在 %4 到达，而 UDP 永远不会重发它：只有上层协议才能重发</translation>
    </message>
    <message>
        <source>UDP datagram %1 (%2) reaches the %3: it left at %4, %5 before</source>
        <translation>UDP 数据报 %1（%2）到达%3：它于 %4 发出，历时 %5</translation>
    </message>
    <message>
        <source>datagram %1</source>
        <translation>数据报 %1</translation>
    </message>
    <message>
        <source>a datagram</source>
        <translation>数据报</translation>
    </message>
    <message>
        <source>%1 dropped a datagram</source>
        <translation>%1 丢弃了一个数据报</translation>
    </message>
    <message>
        <source>%1 delivered a datagram</source>
        <translation>%1 投递了一个数据报</translation>
    </message>
</context>
<context>
    <name>protoviz</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>The connection was already closed.</source>
        <translation>连接已经关闭。</translation>
    </message>
    <message>
        <source>The server sent a response although no request was outstanding, so the client dropped the connection.</source>
        <translation>服务器在没有待处理请求的情况下发送了响应，因此客户端断开了连接。</translation>
    </message>
    <message>
        <source>The connection was closed after a response that announced the close (Connection: close).</source>
        <translation>连接在一个声明了关闭（Connection: close）的响应之后被关闭。</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>服务器关闭了连接。</translation>
    </message>
    <message>
        <source>No connection to the server could be opened: %1</source>
        <translation>无法打开到服务器的连接：%1</translation>
    </message>
    <message>
        <source>the connection could not be created.</source>
        <translation>无法创建连接。</translation>
    </message>
    <message>
        <source>A line ended with a lone CR or LF. HTTP/1.1 ends every line of the head and of the chunk framing with CR LF; accepting other endings lets two parsers disagree about where a message ends.</source>
        <translation>某一行以单独的 CR 或 LF 结尾。HTTP/1.1 的头部和分块（chunk）帧格式的每一行都以 CR LF 结尾；接受其他行尾会让两个解析器对消息在何处结束产生分歧。</translation>
    </message>
    <message>
        <source>The request line is longer than %1 bytes, so the server refuses it with 414 URI Too Long instead of buffering it.</source>
        <translation>请求行超过 %1 字节，因此服务器以 414 URI Too Long 拒绝它，而不是缓冲它。</translation>
    </message>
    <message>
        <source>The status line is longer than %1 bytes; no real server sends such a line.</source>
        <translation>状态行超过 %1 字节；没有真实的服务器会发送这样的行。</translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes, so the server refuses it with 431 Request Header Fields Too Large instead of buffering it.</source>
        <translation>请求头超过 %1 字节，因此服务器以 431 Request Header Fields Too Large 拒绝它，而不是缓冲它。</translation>
    </message>
    <message>
        <source>The response head is larger than %1 bytes, so the client gave up on it.</source>
        <translation>响应头超过 %1 字节，因此客户端放弃了它。</translation>
    </message>
    <message>
        <source>The message has more than %1 header fields, which the receiver refuses (431 Request Header Fields Too Large).</source>
        <translation>消息的头部字段超过 %1 个，接收方拒绝了它（431 Request Header Fields Too Large）。</translation>
    </message>
    <message>
        <source>The request line is not &quot;method target version&quot; separated by single spaces.</source>
        <translation>请求行不是以单个空格分隔的“方法 目标 版本”。</translation>
    </message>
    <message>
        <source>The method is empty or holds characters a method may not contain (it must be a token such as GET).</source>
        <translation>方法为空，或包含方法中不允许的字符（它必须是一个 token，例如 GET）。</translation>
    </message>
    <message>
        <source>The request target is empty or holds spaces, control characters or bytes outside ASCII.</source>
        <translation>请求目标为空，或包含空格、控制字符或 ASCII 之外的字节。</translation>
    </message>
    <message>
        <source>The protocol version is malformed: HTTP/1.1 expects exactly &quot;HTTP/1.1&quot; (a digit, a dot, a digit).</source>
        <translation>协议版本格式错误：HTTP/1.1 要求恰好是“HTTP/1.1”（一个数字、一个点、一个数字）。</translation>
    </message>
    <message>
        <source>The message announces HTTP major version %1; this endpoint speaks HTTP/1.x only (505 HTTP Version Not Supported).</source>
        <translation>消息声明的 HTTP 主版本号为 %1；此端点只支持 HTTP/1.x（505 HTTP Version Not Supported）。</translation>
    </message>
    <message>
        <source>The status line is not &quot;version status-code reason&quot; with a three-digit status code.</source>
        <translation>状态行不是带三位数状态码的“版本 状态码 原因短语”。</translation>
    </message>
    <message>
        <source>A header field name is empty, holds characters a name may not contain, or has whitespace before its colon (a classic request smuggling trick).</source>
        <translation>某个头部字段名为空、包含名称中不允许的字符，或在冒号前有空白（一种经典的请求走私手法）。</translation>
    </message>
    <message>
        <source>A header field value holds control characters (such as NUL), which could hide or split fields.</source>
        <translation>某个头部字段值包含控制字符（例如 NUL），可能隐藏或拆分字段。</translation>
    </message>
    <message>
        <source>A header line starts with whitespace: the obsolete line folding that HTTP/1.1 forbids, because receivers disagree on how to join the lines.</source>
        <translation>某个头部行以空白开头：这是 HTTP/1.1 禁止的已废弃的折行写法，因为各接收方对如何拼接这些行看法不一。</translation>
    </message>
    <message>
        <source>The HTTP/1.1 request has no Host field; HTTP/1.1 requires it so that one server can host many sites.</source>
        <translation>该 HTTP/1.1 请求没有 Host 字段；HTTP/1.1 要求它，以便一台服务器能托管多个站点。</translation>
    </message>
    <message>
        <source>The request has more than one Host field, so it is unclear which site it is for.</source>
        <translation>该请求有多个 Host 字段，因此不清楚它是发给哪个站点的。</translation>
    </message>
    <message>
        <source>Content-Length is not a plain decimal number of bytes.</source>
        <translation>Content-Length 不是一个单纯的十进制字节数。</translation>
    </message>
    <message>
        <source>The message carries Content-Length values that disagree. Two receivers could pick different lengths and split the stream differently (request smuggling), so it is refused.</source>
        <translation>消息携带的多个 Content-Length 值互相矛盾。两个接收方可能选用不同的长度，从而以不同方式切分字节流（请求走私），因此它被拒绝。</translation>
    </message>
    <message>
        <source>The message has both Content-Length and Transfer-Encoding. Receivers that trust different ones would split the stream differently (request smuggling), so it is refused.</source>
        <translation>消息同时带有 Content-Length 和 Transfer-Encoding。信任不同字段的接收方会以不同方式切分字节流（请求走私），因此它被拒绝。</translation>
    </message>
    <message>
        <source>The request&apos;s Transfer-Encoding does not end with chunked, so its body length cannot be determined.</source>
        <translation>请求的 Transfer-Encoding 不以 chunked 结尾，因此无法确定其消息体长度。</translation>
    </message>
    <message>
        <source>The request uses a transfer coding other than chunked, which this server does not implement (501 Not Implemented).</source>
        <translation>请求使用了 chunked 以外的传输编码，本服务器未实现它（501 Not Implemented）。</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes, so the server refuses it with 413 Content Too Large.</source>
        <translation>请求体超过 %1 字节，因此服务器以 413 Content Too Large 拒绝它。</translation>
    </message>
    <message>
        <source>The response body is larger than %1 bytes, the most this client accepts.</source>
        <translation>响应体超过 %1 字节，即此客户端所能接受的上限。</translation>
    </message>
    <message>
        <source>A chunk size is not a hexadecimal number, or too large to be real.</source>
        <translation>某个分块大小不是十六进制数，或大到不可能是真实值。</translation>
    </message>
    <message>
        <source>The extensions after a chunk size are malformed (they must be &quot;;name=value&quot; pairs).</source>
        <translation>分块大小之后的扩展格式错误（它们必须是“;name=value”对）。</translation>
    </message>
    <message>
        <source>A chunk size line is longer than %1 bytes.</source>
        <translation>某个分块大小行超过 %1 字节。</translation>
    </message>
    <message>
        <source>The data of a chunk is not followed by CR LF, so the chunk sizes and the data disagree.</source>
        <translation>某个分块的数据后面没有紧跟 CR LF，因此分块大小与数据不一致。</translation>
    </message>
    <message>
        <source>The connection ended in the middle of a request.</source>
        <translation>连接在请求中途结束。</translation>
    </message>
    <message>
        <source>The connection ended in the middle of a response.</source>
        <translation>连接在响应中途结束。</translation>
    </message>
    <message>
        <source>The server closed the HTTP/1.1 connection after %1 s without a request (idle timeout).</source>
        <translation>服务器在 %1 s 内未收到请求，关闭了该 HTTP/1.1 连接（空闲超时）。</translation>
    </message>
    <message>
        <source>The request was not complete after %1 s without progress, so the server answered 408 Request Timeout and closed the connection.</source>
        <translation>请求在 %1 s 内毫无进展且仍未完整，因此服务器应答 408 Request Timeout 并关闭了连接。</translation>
    </message>
    <message>
        <source>indexed</source>
        <translation>已索引</translation>
    </message>
    <message>
        <source>literal, added to the table</source>
        <translation>字面量，添加到表中</translation>
    </message>
    <message>
        <source>literal, not indexed</source>
        <translation>字面量，不索引</translation>
    </message>
    <message>
        <source>literal, never indexed</source>
        <translation>字面量，永不索引</translation>
    </message>
    <message>
        <source>dynamic table size update</source>
        <translation>动态表大小更新</translation>
    </message>
    <message>
        <source>The connection did not start with the HTTP/2 client preface (&quot;PRI * HTTP/2.0&quot;): this peer is not speaking HTTP/2 (HTTP/1.1, perhaps).</source>
        <translation>连接不是以 HTTP/2 客户端序言（“PRI * HTTP/2.0”）开始的：这个对端说的不是 HTTP/2（也许是 HTTP/1.1）。</translation>
    </message>
    <message>
        <source>A frame announced a %1-byte payload, more than the %2 bytes the receiver allows (SETTINGS_MAX_FRAME_SIZE).</source>
        <translation>某个帧声明了 %1 字节的载荷，超过了接收方允许的 %2 字节（SETTINGS_MAX_FRAME_SIZE）。</translation>
    </message>
    <message>
        <source>The round-trip time cannot be negative.</source>
        <translation>往返时间不能为负。</translation>
    </message>
    <message>
        <source>The round-trip time can be at most %1 ms; %2 was asked for.</source>
        <translation>往返时间最多为 %1 ms；请求的值为 %2。</translation>
    </message>
    <message>
        <source>The jitter cannot be negative.</source>
        <translation>抖动不能为负。</translation>
    </message>
    <message>
        <source>A jitter of %1 is more than half the round-trip time (%2): a segment would have to arrive before it was sent.</source>
        <translation>%1 的抖动超过了往返时间（%2）的一半：那样报文段就必须在发送之前到达。</translation>
    </message>
    <message>
        <source>The loss rate must be between 0 % and %1 %; %2 % was asked for.</source>
        <translation>丢包率必须在 0 % 到 %1 % 之间；请求的值为 %2 %。</translation>
    </message>
    <message>
        <source>The maximum segment size must be between %1 and %2 bytes; %3 was asked for.</source>
        <translation>最大报文段长度必须在 %1 到 %2 字节之间；请求的值为 %3。</translation>
    </message>
    <message>
        <source>The initial congestion window must be at least one segment; %1 was asked for.</source>
        <translation>初始拥塞窗口必须至少为一个报文段；请求的值为 %1。</translation>
    </message>
    <message>
        <source>Enter a bandwidth such as 10mbit, 512kbit or unlimited.</source>
        <translation>请输入带宽，例如 10mbit、512kbit 或 unlimited。</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>A bandwidth cannot be negative: “%1”.</source>
        <translation>带宽不能为负：“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a bandwidth; write a number and a unit, such as 10mbit or 2.5mbit.</source>
        <translation>“%1”不是带宽；请写一个数字和一个单位，例如 10mbit 或 2.5mbit。</translation>
    </message>
    <message>
        <source>“%1” is ambiguous: tools disagree whether “b” and “bps” mean bits or bytes. Write the unit in bits, such as 10mbit (or 80mbit for ten megabytes per second).</source>
        <translation>“%1”有歧义：各种工具对“b”和“bps”指的是比特还是字节看法不一。请用比特作为单位，例如 10mbit（每秒十兆字节则写 80mbit）。</translation>
    </message>
    <message>
        <source>“%1” is not a unit of bandwidth; use bit, kbit, mbit or gbit (per second).</source>
        <translation>“%1”不是带宽单位；请使用 bit、kbit、mbit 或 gbit（每秒）。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>%1 is more than the link can emulate (at most %2).</source>
        <translation>%1 超过了链路所能模拟的上限（最多 %2）。</translation>
    </message>
    <message>
        <source>%1 is less than one bit per second.</source>
        <translation>%1 小于每秒 1 比特。</translation>
    </message>
    <message>
        <source>handshake complete at the client</source>
        <translation>客户端握手完成</translation>
    </message>
    <message>
        <source>alert %1 (%2)</source>
        <translation>警报 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>early data (%n byte(s))</source>
        <translation>
            <numerusform>早期数据（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>first response byte</source>
        <translation>第一个响应字节</translation>
    </message>
    <message>
        <source>request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Generating the local certificate authority failed (%1): %2</source>
        <translation>生成本地证书颁发机构失败（%1）：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation>“%1”不是主机名。</translation>
    </message>
    <message>
        <source>An address for the certificate is empty.</source>
        <translation>证书的某个地址为空。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>There is no certificate to write.</source>
        <translation>没有可写入的证书。</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key exchange group name.</source>
        <translation>“%1”不是密钥交换组名称。</translation>
    </message>
    <message>
        <source>OpenSSL does not know all of the key exchange groups %1.</source>
        <translation>OpenSSL 并不认识所有这些密钥交换组：%1。</translation>
    </message>
    <message>
        <source>A TLS client needs the server&apos;s name to check the server&apos;s certificate.</source>
        <translation>TLS 客户端需要服务器名称来检查服务器的证书。</translation>
    </message>
    <message>
        <source>The lowest TLS version is above the highest one.</source>
        <translation>最低 TLS 版本高于最高版本。</translation>
    </message>
    <message>
        <source>OpenSSL could not create a TLS context: %1</source>
        <translation>OpenSSL 无法创建 TLS 上下文：%1</translation>
    </message>
    <message>
        <source>The trusted certificate authorities are not readable PEM certificates.</source>
        <translation>受信任的证书颁发机构不是可读的 PEM 证书。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable server name.</source>
        <translation>“%1”不是可用的服务器名称。</translation>
    </message>
    <message>
        <source>ALPN protocol names must be 1 to 255 bytes long.</source>
        <translation>ALPN 协议名称的长度必须为 1 到 255 字节。</translation>
    </message>
    <message>
        <source>OpenSSL refused the ALPN list: %1</source>
        <translation>OpenSSL 拒绝了 ALPN 列表：%1</translation>
    </message>
    <message>
        <source>%n byte</source>
        <translation>%n 字节</translation>
    </message>
    <message>
        <source>%n bytes</source>
        <translation>%n 字节</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n-byte public key</source>
        <translation>
            <numerusform>%1，%n 字节公钥</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>(empty: the server accepted the name)</source>
        <translation>（空：服务器接受了该名称）</translation>
    </message>
    <message>
        <source>%n identity</source>
        <translation>%n 个身份</translation>
    </message>
    <message>
        <source>%n identities</source>
        <translation>%n 个身份</translation>
    </message>
    <message>
        <source>identity %1 accepted</source>
        <translation>身份 %1 被接受</translation>
    </message>
    <message>
        <source>up to %n byte</source>
        <translation>最多 %n 字节</translation>
    </message>
    <message>
        <source>up to %n bytes</source>
        <translation>最多 %n 字节</translation>
    </message>
    <message>
        <source>initial handshake</source>
        <translation>初始握手</translation>
    </message>
    <message>
        <source>%n padding byte</source>
        <translation>%n 个填充字节</translation>
    </message>
    <message>
        <source>%n padding bytes</source>
        <translation>%n 个填充字节</translation>
    </message>
    <message>
        <source>%n extension</source>
        <translation>%n 个扩展</translation>
    </message>
    <message>
        <source>%n extensions</source>
        <translation>%n 个扩展</translation>
    </message>
    <message>
        <source>the server supports TLS 1.3 but chose an older version</source>
        <translation>服务器支持 TLS 1.3，却选择了更旧的版本</translation>
    </message>
    <message>
        <source>%n cipher suite</source>
        <translation>%n 个密码套件</translation>
    </message>
    <message>
        <source>%n cipher suites</source>
        <translation>%n 个密码套件</translation>
    </message>
    <message>
        <source>%n second</source>
        <translation>%n 秒</translation>
    </message>
    <message>
        <source>%n seconds</source>
        <translation>%n 秒</translation>
    </message>
    <message>
        <source>Cannot open the key log file %1: %2</source>
        <translation>无法打开密钥日志文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 has finished sending and closes the connection</source>
        <translation>%1已发送完毕并关闭连接</translation>
    </message>
    <message>
        <source>%1 received a message it did not expect at this point of the protocol</source>
        <translation>%1在协议的这个阶段收到了一条意料之外的消息</translation>
    </message>
    <message>
        <source>%1 received a record that failed its integrity check: it was altered or not protected with the agreed keys</source>
        <translation>%1收到了一条未通过完整性校验的记录：它被篡改了，或者没有用协商好的密钥保护</translation>
    </message>
    <message>
        <source>%1 could not decrypt a record</source>
        <translation>%1无法解密一条记录</translation>
    </message>
    <message>
        <source>%1 received a record longer than TLS allows</source>
        <translation>%1收到了一条超过 TLS 允许长度的记录</translation>
    </message>
    <message>
        <source>%1 could not decompress a record</source>
        <translation>%1无法解压一条记录</translation>
    </message>
    <message>
        <source>%1 found no acceptable set of security parameters among those %2 offered</source>
        <translation>%1在%2提供的安全参数中找不到可接受的组合</translation>
    </message>
    <message>
        <source>%1 has no suitable certificate</source>
        <translation>%1没有合适的证书</translation>
    </message>
    <message>
        <source>%1 received a certificate that is corrupt or whose signature does not verify</source>
        <translation>%1收到了一个已损坏或签名无法验证的证书</translation>
    </message>
    <message>
        <source>%1 received a certificate of a type it does not support</source>
        <translation>%1收到了一个它不支持的类型的证书</translation>
    </message>
    <message>
        <source>%1 received a certificate that its signer has revoked</source>
        <translation>%1收到了一个已被其签发者吊销的证书</translation>
    </message>
    <message>
        <source>%1 received a certificate that has expired or is not valid yet</source>
        <translation>%1收到了一个已过期或尚未生效的证书</translation>
    </message>
    <message>
        <source>%1 could not accept %3 certificate for another reason</source>
        <translation>%1由于其他原因无法接受%3证书</translation>
    </message>
    <message>
        <source>%1 received a handshake field whose value is out of range or inconsistent with the others</source>
        <translation>%1收到了一个取值超出范围或与其他字段不一致的握手字段</translation>
    </message>
    <message>
        <source>%1 does not trust the certificate authority that signed %3 certificate</source>
        <translation>%1不信任为%3证书签名的证书颁发机构</translation>
    </message>
    <message>
        <source>%1 accepted the certificate but denies access to the identity in it</source>
        <translation>%1接受了证书，但拒绝其中身份的访问</translation>
    </message>
    <message>
        <source>%1 could not decode a message: a length or a field was out of range</source>
        <translation>%1无法解码一条消息：某个长度或字段超出范围</translation>
    </message>
    <message>
        <source>%1 could not verify a signature or the Finished message of %2</source>
        <translation>%1无法验证%2的签名或 Finished 消息</translation>
    </message>
    <message>
        <source>%1 refuses an export-grade parameter</source>
        <translation>%1拒绝出口级（export-grade）参数</translation>
    </message>
    <message>
        <source>%1 supports none of the TLS versions %2 offered</source>
        <translation>%1不支持%2提供的任何 TLS 版本</translation>
    </message>
    <message>
        <source>%1 requires stronger security parameters than %2 offered</source>
        <translation>%1要求比%2提供的更强的安全参数</translation>
    </message>
    <message>
        <source>%1 hit an internal error unrelated to its peer</source>
        <translation>%1遇到了与对端无关的内部错误</translation>
    </message>
    <message>
        <source>%1 detected a downgrade: %2 retried with a lower version than both support</source>
        <translation>%1检测到降级：%2以比双方都支持的版本更低的版本重试</translation>
    </message>
    <message>
        <source>%1 cancelled the handshake</source>
        <translation>%1取消了握手</translation>
    </message>
    <message>
        <source>%1 refuses to renegotiate</source>
        <translation>%1拒绝重新协商</translation>
    </message>
    <message>
        <source>%1 needed an extension that %2 did not send</source>
        <translation>%1需要一个%2没有发送的扩展</translation>
    </message>
    <message>
        <source>%1 received an extension it did not offer or cannot accept in that message</source>
        <translation>%1收到了一个它没有提供、或在该消息中无法接受的扩展</translation>
    </message>
    <message>
        <source>%1 could not fetch a certificate from the URL it was given</source>
        <translation>%1无法从给定的 URL 获取证书</translation>
    </message>
    <message>
        <source>%1 has no certificate for the server name (SNI) %2 asked for</source>
        <translation>%1没有%2所请求的服务器名称（SNI）对应的证书</translation>
    </message>
    <message>
        <source>%1 received an invalid certificate status (OCSP) response</source>
        <translation>%1收到了无效的证书状态（OCSP）响应</translation>
    </message>
    <message>
        <source>%1 received a certificate whose hash does not match</source>
        <translation>%1收到了一个哈希值不匹配的证书</translation>
    </message>
    <message>
        <source>%1 does not know the pre-shared key %2 proposed</source>
        <translation>%1不认识%2提议的预共享密钥</translation>
    </message>
    <message>
        <source>%1 requires a certificate from %2, which sent none</source>
        <translation>%1要求%2提供证书，但对方没有发送</translation>
    </message>
    <message>
        <source>%1 supports none of the application protocols (ALPN) %2 offered</source>
        <translation>%1不支持%2提供的任何应用层协议（ALPN）</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation>服务器的</translation>
    </message>
    <message>
        <source>the client&apos;s</source>
        <translation>客户端的</translation>
    </message>
    <message>
        <source>%1 sent an alert this program does not know</source>
        <translation>%1发送了一个本程序不认识的警报</translation>
    </message>
    <message>
        <source>A TLS server needs a certificate and a private key.</source>
        <translation>TLS 服务器需要证书和私钥。</translation>
    </message>
    <message>
        <source>The server certificate is not a readable PEM certificate.</source>
        <translation>服务器证书不是可读的 PEM 证书。</translation>
    </message>
    <message>
        <source>The server&apos;s private key is not a readable, unencrypted PEM key.</source>
        <translation>服务器的私钥不是可读的、未加密的 PEM 密钥。</translation>
    </message>
    <message>
        <source>OpenSSL refused the server identity: %1</source>
        <translation>OpenSSL 拒绝了服务器身份：%1</translation>
    </message>
    <message>
        <source>The server&apos;s private key does not belong to its certificate.</source>
        <translation>服务器的私钥与其证书不匹配。</translation>
    </message>
    <message>
        <source>OpenSSL refused to accept early data: %1</source>
        <translation>OpenSSL 拒绝接受早期数据：%1</translation>
    </message>
    <message>
        <source>OpenSSL could not set up the TLS connection (out of memory?).</source>
        <translation>OpenSSL 无法建立 TLS 连接（内存不足？）。</translation>
    </message>
    <message>
        <source>OpenSSL could not take the received bytes (out of memory?).</source>
        <translation>OpenSSL 无法接收收到的字节（内存不足？）。</translation>
    </message>
    <message>
        <source>The server closed the connection before the TLS handshake completed.</source>
        <translation>服务器在 TLS 握手完成之前关闭了连接。</translation>
    </message>
    <message>
        <source>The client closed the connection before the TLS handshake completed.</source>
        <translation>客户端在 TLS 握手完成之前关闭了连接。</translation>
    </message>
    <message>
        <source>The connection closed in the middle of a TLS record: the last data arrived incomplete.</source>
        <translation>连接在一条 TLS 记录的中途关闭：最后的数据没有完整到达。</translation>
    </message>
    <message>
        <source>The peer closed the connection without a close_notify alert: the receiver cannot tell this end from a cut connection.</source>
        <translation>对端在没有发送 close_notify 警报的情况下关闭了连接：接收方无法区分这是正常结束还是连接被切断。</translation>
    </message>
    <message>
        <source>it was signed by a certificate authority that %1 does not trust</source>
        <translation>它由%1不信任的证书颁发机构签名</translation>
    </message>
    <message>
        <source>it is self-signed, and %1 does not trust it</source>
        <translation>它是自签名的，而%1不信任它</translation>
    </message>
    <message>
        <source>its chain ends at a certificate authority that %1 does not trust</source>
        <translation>它的证书链终止于%1不信任的证书颁发机构</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>它已过期</translation>
    </message>
    <message>
        <source>it is not valid yet (do the clocks agree?)</source>
        <translation>它尚未生效（双方时钟一致吗？）</translation>
    </message>
    <message>
        <source>it was not issued for the name %1</source>
        <translation>它不是为名称 %1 签发的</translation>
    </message>
    <message>
        <source>it was not issued for the address %1</source>
        <translation>它不是为地址 %1 签发的</translation>
    </message>
    <message>
        <source>it is not meant for this use (its extended key usage does not allow it)</source>
        <translation>它不适用于此用途（其扩展密钥用法不允许）</translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation>它的签名无法验证</translation>
    </message>
    <message>
        <source>it was signed by a certificate that is not a certificate authority</source>
        <translation>它由一个不是证书颁发机构的证书签名</translation>
    </message>
    <message>
        <source>The TLS handshake failed.</source>
        <translation>TLS 握手失败。</translation>
    </message>
    <message>
        <source>The TLS connection failed.</source>
        <translation>TLS 连接失败。</translation>
    </message>
    <message>
        <source>OpenSSL gave no reason (error %1).</source>
        <translation>OpenSSL 没有给出原因（错误 %1）。</translation>
    </message>
    <message>
        <source>%1 sent the alert %2.</source>
        <translation>%1发送了警报 %2。</translation>
    </message>
    <message>
        <source>The certificate of %1 was rejected: %2 (OpenSSL: %3).</source>
        <translation>%1的证书被拒绝：%2（OpenSSL：%3）。</translation>
    </message>
    <message>
        <source>The client sent a plain-text HTTP request to this TLS port.</source>
        <translation>客户端向这个 TLS 端口发送了明文 HTTP 请求。</translation>
    </message>
    <message>
        <source>The bytes from %1 are not TLS records: it may not speak TLS on this port.</source>
        <translation>来自%1的字节不是 TLS 记录：它在这个端口上可能说的不是 TLS。</translation>
    </message>
    <message>
        <source>The client and the server have no TLS version in common.</source>
        <translation>客户端和服务器没有共同的 TLS 版本。</translation>
    </message>
    <message>
        <source>The client and the server have no cipher suite in common.</source>
        <translation>客户端和服务器没有共同的密码套件。</translation>
    </message>
    <message>
        <source>The client and the server have no key exchange group in common.</source>
        <translation>客户端和服务器没有共同的密钥交换组。</translation>
    </message>
    <message>
        <source>The client and the server have no application protocol (ALPN) in common.</source>
        <translation>客户端和服务器没有共同的应用层协议（ALPN）。</translation>
    </message>
    <message>
        <source>A record from %1 failed its integrity check: its bytes were altered or not protected with the agreed keys.</source>
        <translation>来自%1的一条记录未通过完整性校验：它的字节被篡改了，或者没有用协商好的密钥保护。</translation>
    </message>
    <message>
        <source>%1 sent a message that does not belong at this point of the protocol.</source>
        <translation>%1发送了一条不属于协议此阶段的消息。</translation>
    </message>
    <message>
        <source>A message from %1 is malformed.</source>
        <translation>来自%1的一条消息格式错误。</translation>
    </message>
    <message>
        <source>OpenSSL reports: %1.</source>
        <translation>OpenSSL 报告：%1。</translation>
    </message>
    <message>
        <source>%1 (inside the encryption: only the endpoints see it)</source>
        <translation>%1（在加密内部：只有端点能看到）</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 / %2 字节</translation>
    </message>
    <message>
        <source>%1 record cut short: %2 of the %3 bytes its header announces arrived</source>
        <translation>%1 记录被截断：其头部声明的 %3 字节中只到达了 %2 字节</translation>
    </message>
    <message>
        <source>%1 record, %2 bytes in the clear</source>
        <translation>%1 记录，%2 字节明文</translation>
    </message>
    <message>
        <source>Encrypted record carrying %1; on the wire it shows as %2</source>
        <translation>携带 %1 的加密记录；在线路上它显示为 %2</translation>
    </message>
    <message>
        <source>Encrypted %1 record, %2 bytes</source>
        <translation>加密的 %1 记录，%2 字节</translation>
    </message>
    <message>
        <source>ChangeCipherSpec: a TLS 1.3 compatibility message that the peer ignores; it makes the handshake look like TLS 1.2 to middleboxes</source>
        <translation>ChangeCipherSpec：一条对端会忽略的 TLS 1.3 兼容性消息；它让握手在中间设备看来像 TLS 1.2</translation>
    </message>
    <message>
        <source>ChangeCipherSpec: from here on %1 encrypts its records with the agreed keys</source>
        <translation>ChangeCipherSpec：从这里开始，%1用协商好的密钥加密它的记录</translation>
    </message>
    <message numerus="yes">
        <source>0-RTT early data: %n byte(s) of application data sent with the ClientHello, before the handshake completes, under a key from the resumed session (no forward secrecy; an attacker could replay them)</source>
        <translation>
            <numerusform>0-RTT 早期数据：随 ClientHello 发送的 %n 字节应用数据，在握手完成之前、以恢复会话的密钥加密（没有前向保密性；攻击者可以重放它们）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server accepted the %n byte(s) of early data: its answer could leave before the handshake completed, a round trip sooner</source>
        <translation>
            <numerusform>服务器接受了这 %n 字节的早期数据：它的应答可以在握手完成之前发出，早一次往返</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>0-RTT early data: the server accepted %n byte(s) before the handshake completed and may answer at once</source>
        <translation>
            <numerusform>0-RTT 早期数据：服务器在握手完成之前接受了 %n 字节，可以立即应答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server rejected the early data: the %n byte(s) are sent again now that the handshake is complete, which costs the round trip 0-RTT was meant to save</source>
        <translation>
            <numerusform>服务器拒绝了早期数据：既然握手已经完成，这 %n 字节现在被重新发送，这就失去了 0-RTT 本想节省的那次往返</numerusform>
        </translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n 个证书</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message numerus="yes">
        <source>accepted (%n byte(s))</source>
        <translation>
            <numerusform>已接受（%n 字节）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rejected (%n byte(s))</source>
        <translation>
            <numerusform>已拒绝（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS handshake complete (session resumed): %1, %2, group %3, ALPN %4</source>
        <translation>TLS 握手完成（会话已恢复）：%1，%2，组 %3，ALPN %4</translation>
    </message>
    <message>
        <source>TLS handshake complete: %1, %2, group %3, ALPN %4</source>
        <translation>TLS 握手完成：%1，%2，组 %3，ALPN %4</translation>
    </message>
    <message>
        <source>7-bit length</source>
        <translation>7 位长度</translation>
    </message>
    <message>
        <source>126, then a 16-bit length</source>
        <translation>126，后跟 16 位长度</translation>
    </message>
    <message>
        <source>127, then a 64-bit length</source>
        <translation>127，后跟 64 位长度</translation>
    </message>
    <message>
        <source>%1 asks to switch the connection to WebSocket (version %2, Sec-WebSocket-Key %3).</source>
        <translation>%1 请求将连接切换为 WebSocket（版本 %2，Sec-WebSocket-Key %3）。</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>101 Switching Protocols: from here on the connection carries WebSocket frames. </source>
        <translation>101 Switching Protocols：从这里开始，该连接承载 WebSocket 帧。</translation>
    </message>
    <message>
        <source>The server answered %1 instead of 101 Switching Protocols: the connection stays HTTP/1.1.</source>
        <translation>服务器应答了 %1 而不是 101 Switching Protocols：连接仍是 HTTP/1.1。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>1 (final fragment)</source>
        <translation>1（最后一个分片）</translation>
    </message>
    <message>
        <source>0 (more fragments follow)</source>
        <translation>0（后面还有分片）</translation>
    </message>
    <message>
        <source>opcode</source>
        <translation>opcode</translation>
    </message>
    <message>
        <source>1 (masked)</source>
        <translation>1（已掩码）</translation>
    </message>
    <message>
        <source>0 (not masked)</source>
        <translation>0（未掩码）</translation>
    </message>
    <message>
        <source>payload length</source>
        <translation>载荷长度</translation>
    </message>
    <message>
        <source>masking key</source>
        <translation>掩码密钥</translation>
    </message>
    <message>
        <source>header</source>
        <translation>头部</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>payload (unmasked)</source>
        <translation>载荷（去掩码后）</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <source>close code</source>
        <translation>关闭码</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>%1 frame</source>
        <translation>%1 帧</translation>
    </message>
    <message>
        <source>, FIN</source>
        <translation>，FIN</translation>
    </message>
    <message>
        <source>, more to come</source>
        <translation>，后续还有</translation>
    </message>
    <message>
        <source>, masked (key 0x%1)</source>
        <translation>，已掩码（密钥 0x%1）</translation>
    </message>
    <message>
        <source>, %1 B header + %2 B payload (%3)</source>
        <translation>，%1 B 头部 + %2 B 载荷（%3）</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>帧</translation>
    </message>
    <message numerus="yes">
        <source>%1 message %2 in %n frame(s), %3 B: %4</source>
        <translation>
            <numerusform>%1 消息 %2，共 %n 帧，%3 B：%4</numerusform>
        </translation>
    </message>
    <message>
        <source>This side closes: %1 (%2)%3.</source>
        <translation>本端关闭：%1（%2）%3。</translation>
    </message>
    <message>
        <source>The peer closes: %1 (%2)%3.</source>
        <translation>对端关闭：%1（%2）%3。</translation>
    </message>
    <message>
        <source>normal closure</source>
        <translation>正常关闭</translation>
    </message>
    <message>
        <source>going away</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>unsupported data</source>
        <translation>不支持的数据</translation>
    </message>
    <message>
        <source>no status code</source>
        <translation>无状态码</translation>
    </message>
    <message>
        <source>abnormal closure</source>
        <translation>异常关闭</translation>
    </message>
    <message>
        <source>invalid payload data</source>
        <translation>无效的载荷数据</translation>
    </message>
    <message>
        <source>policy violation</source>
        <translation>违反策略</translation>
    </message>
    <message>
        <source>message too big</source>
        <translation>消息过大</translation>
    </message>
    <message>
        <source>mandatory extension missing</source>
        <translation>缺少必需的扩展</translation>
    </message>
    <message>
        <source>internal server error</source>
        <translation>服务器内部错误</translation>
    </message>
    <message>
        <source>service restart</source>
        <translation>服务重启</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>稍后重试</translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation>网关错误</translation>
    </message>
    <message>
        <source>registered for libraries and frameworks</source>
        <translation>为库和框架注册保留</translation>
    </message>
    <message>
        <source>private use by applications</source>
        <translation>供应用私有使用</translation>
    </message>
    <message>
        <source>not a valid close code</source>
        <translation>不是有效的关闭码</translation>
    </message>
    <message>
        <source>The frame sets %1, but no extension was negotiated that could give the bit a meaning (RFC 6455 section 5.2): a protocol error, close code 1002.</source>
        <translation>该帧设置了 %1，但没有协商任何能赋予该位含义的扩展（RFC 6455 第 5.2 节）：协议错误，关闭码 1002。</translation>
    </message>
    <message>
        <source>The frame uses opcode 0x%1, which RFC 6455 reserves for future use: a protocol error, close code 1002.</source>
        <translation>该帧使用了 opcode 0x%1，RFC 6455 将其保留供将来使用：协议错误，关闭码 1002。</translation>
    </message>
    <message>
        <source>A %1 frame has FIN set to 0, but control frames must not be fragmented (RFC 6455 section 5.5): a protocol error, close code 1002.</source>
        <translation>某个 %1 帧的 FIN 为 0，但控制帧不得分片（RFC 6455 第 5.5 节）：协议错误，关闭码 1002。</translation>
    </message>
    <message>
        <source>A %1 frame announces an extended payload length, but control frames carry at most 125 bytes (RFC 6455 section 5.5): a protocol error, close code 1002.</source>
        <translation>某个 %1 帧声明了扩展载荷长度，但控制帧最多携带 125 字节（RFC 6455 第 5.5 节）：协议错误，关闭码 1002。</translation>
    </message>
    <message>
        <source>The client sent a %1 frame without a mask. Every frame from client to server must be masked (RFC 6455 section 5.1), so the server fails the connection with close code 1002 (protocol error).</source>
        <translation>客户端发送了一个未掩码的 %1 帧。从客户端到服务器的每个帧都必须掩码（RFC 6455 第 5.1 节），因此服务器以关闭码 1002（协议错误）使连接失败。</translation>
    </message>
    <message>
        <source>The server sent a masked %1 frame, but frames from server to client must not be masked (RFC 6455 section 5.1): a protocol error, close code 1002.</source>
        <translation>服务器发送了一个已掩码的 %1 帧，但从服务器到客户端的帧不得掩码（RFC 6455 第 5.1 节）：协议错误，关闭码 1002。</translation>
    </message>
    <message>
        <source>A continuation frame arrived, but no fragmented message was in progress (RFC 6455 section 5.4): a protocol error, close code 1002.</source>
        <translation>收到了一个延续帧，但当前并没有正在进行的分片消息（RFC 6455 第 5.4 节）：协议错误，关闭码 1002。</translation>
    </message>
    <message>
        <source>A new %1 message began while a fragmented message was still in progress; only its continuation frames and control frames may come before its final fragment (RFC 6455 section 5.4): a protocol error, close code 1002.</source>
        <translation>一条分片消息尚未结束时又开始了一条新的 %1 消息；在分片消息的最后一个分片之前，只能出现它的延续帧和控制帧（RFC 6455 第 5.4 节）：协议错误，关闭码 1002。</translation>
    </message>
    <message>
        <source>The 64-bit payload length has its most significant bit set, which RFC 6455 section 5.2 forbids: a protocol error, close code 1002.</source>
        <translation>64 位载荷长度的最高位被置位，这是 RFC 6455 第 5.2 节所禁止的：协议错误，关闭码 1002。</translation>
    </message>
    <message>
        <source>The message would be at least %1 bytes long, more than the %2 bytes this endpoint accepts: close code 1009 (message too big).</source>
        <translation>该消息至少有 %1 字节，超过了此端点接受的 %2 字节：关闭码 1009（消息过大）。</translation>
    </message>
    <message>
        <source>Byte %1 of text message %2 (0x%3) cannot be part of valid UTF-8, so the message is refused at once with close code 1007 (invalid payload data), without waiting for the rest of the frame.</source>
        <translation>文本消息 %2 的第 %1 个字节（0x%3）不可能出现在有效的 UTF-8 中，因此该消息被立即拒绝，关闭码 1007（无效载荷数据），无需等待帧的其余部分。</translation>
    </message>
    <message>
        <source>The Close frame&apos;s payload is a single byte, but a close code takes two (RFC 6455 section 5.5.1): a protocol error, close code 1002.</source>
        <translation>Close 帧的载荷只有一个字节，而关闭码需要两个字节（RFC 6455 第 5.5.1 节）：协议错误，关闭码 1002。</translation>
    </message>
    <message>
        <source>The Close frame carries code %1 (%2), which may not be sent in a Close frame (RFC 6455 section 7.4): a protocol error, close code 1002.</source>
        <translation>Close 帧携带的关闭码 %1（%2）不允许在 Close 帧中发送（RFC 6455 第 7.4 节）：协议错误，关闭码 1002。</translation>
    </message>
    <message>
        <source>The Close frame&apos;s reason is not valid UTF-8: close code 1007 (invalid payload data).</source>
        <translation>Close 帧中的原因不是有效的 UTF-8：关闭码 1007（无效载荷数据）。</translation>
    </message>
    <message numerus="yes">
        <source>Text message %1 ends in the middle of a UTF-8 character (%n byte(s) of it arrived): close code 1007 (invalid payload data).</source>
        <translation>
            <numerusform>文本消息 %1 在一个 UTF-8 字符的中间结束（该字符只收到了 %n 个字节）：关闭码 1007（无效载荷数据）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This address speaks WebSocket only, and the request did not ask to upgrade (&quot;Upgrade: websocket&quot; is missing), so the server answers 426 Upgrade Required.</source>
        <translation>此地址只支持 WebSocket，而请求没有要求升级（缺少“Upgrade: websocket”），因此服务器回复 426 Upgrade Required。</translation>
    </message>
    <message>
        <source>A WebSocket opening handshake must be a GET request (RFC 6455 section 4.1), not %1: 400 Bad Request.</source>
        <translation>WebSocket 开始握手必须是 GET 请求（RFC 6455 第 4.1 节），而不是 %1：400 Bad Request。</translation>
    </message>
    <message>
        <source>The request asks for &quot;Upgrade: websocket&quot; without &quot;Connection: Upgrade&quot;, which RFC 6455 section 4.1 requires: 400 Bad Request.</source>
        <translation>请求要求“Upgrade: websocket”，却没有 RFC 6455 第 4.1 节所要求的“Connection: Upgrade”：400 Bad Request。</translation>
    </message>
    <message>
        <source>The upgrade request carries no Sec-WebSocket-Version field; RFC 6455 requires version 13: 400 Bad Request.</source>
        <translation>升级请求没有 Sec-WebSocket-Version 字段；RFC 6455 要求版本 13：400 Bad Request。</translation>
    </message>
    <message>
        <source>The client asks for WebSocket version %1, but this server speaks only version 13 (RFC 6455), so it answers 426 Upgrade Required with &quot;Sec-WebSocket-Version: 13&quot;.</source>
        <translation>客户端要求 WebSocket 版本 %1，但此服务器只支持版本 13（RFC 6455），因此回复 426 Upgrade Required，并附上“Sec-WebSocket-Version: 13”。</translation>
    </message>
    <message>
        <source>The upgrade request carries no Sec-WebSocket-Key, so the server has nothing to prove it read the handshake with (RFC 6455 section 4.1): 400 Bad Request.</source>
        <translation>升级请求没有 Sec-WebSocket-Key，服务器无法借此证明它读过这次握手（RFC 6455 第 4.1 节）：400 Bad Request。</translation>
    </message>
    <message>
        <source>The upgrade request carries more than one Sec-WebSocket-Key: 400 Bad Request.</source>
        <translation>升级请求携带了多个 Sec-WebSocket-Key：400 Bad Request。</translation>
    </message>
    <message>
        <source>The Sec-WebSocket-Key &quot;%1&quot; is not 16 random bytes in base64 (RFC 6455 section 4.1): 400 Bad Request.</source>
        <translation>Sec-WebSocket-Key“%1”不是 base64 编码的 16 个随机字节（RFC 6455 第 4.1 节）：400 Bad Request。</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Key (client)</source>
        <translation>Sec-WebSocket-Key（客户端）</translation>
    </message>
    <message>
        <source>key + GUID</source>
        <translation>key + GUID</translation>
    </message>
    <message>
        <source>SHA-1 of key + GUID</source>
        <translation>key + GUID 的 SHA-1</translation>
    </message>
    <message>
        <source>base64 of the SHA-1</source>
        <translation>SHA-1 的 base64</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept (server)</source>
        <translation>Sec-WebSocket-Accept（服务器）</translation>
    </message>
    <message>
        <source>%1 (matches)</source>
        <translation>%1（匹配）</translation>
    </message>
    <message>
        <source>%1 (wrong: expected %2)</source>
        <translation>%1（错误：应为 %2）</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept %1 = base64(SHA-1(&quot;%2&quot; + &quot;%3&quot;)): the server proves it read this handshake&apos;s key; the value matches.</source>
        <translation>Sec-WebSocket-Accept %1 = base64(SHA-1(&quot;%2&quot; + &quot;%3&quot;))：服务器证明它读过本次握手的 key；该值匹配。</translation>
    </message>
    <message>
        <source>Sec-WebSocket-Accept is &quot;%1&quot;, but base64(SHA-1(&quot;%2&quot; + &quot;%3&quot;)) is %4: the server did not answer this handshake, and the client must fail the connection.</source>
        <translation>Sec-WebSocket-Accept 为“%1”，但 base64(SHA-1(&quot;%2&quot; + &quot;%3&quot;)) 是 %4：服务器回应的不是这次握手，客户端必须使该连接失败。</translation>
    </message>
    <message>
        <source>ProtoViz&apos;s own Qt WebSockets endpoint sent invalid data: %1</source>
        <translation>ProtoViz 自身的 Qt WebSockets 端点发送了无效数据：%1</translation>
    </message>
    <message>
        <source>The connection ended during the WebSocket opening handshake.</source>
        <translation>连接在 WebSocket 开始握手期间结束。</translation>
    </message>
    <message>
        <source>The TCP connection ended without a complete closing handshake (Close frame %1, %2): close code 1006, abnormal closure.</source>
        <translation>TCP 连接在没有完成关闭握手的情况下结束（Close 帧%1，%2）：关闭码 1006，异常关闭。</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>未接收</translation>
    </message>
    <message>
        <source>Qt WebSockets dropped the connection before completing its side of the opening handshake.</source>
        <translation>Qt WebSockets 在完成其一侧的开始握手之前断开了连接。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the opening handshake is not an HTTP response head.</source>
        <translation>服务器对开始握手的回答不是 HTTP 响应头。</translation>
    </message>
    <message>
        <source>The server refused the WebSocket upgrade with status %1; the connection stays HTTP/1.1.</source>
        <translation>服务器以状态 %1 拒绝了 WebSocket 升级；连接仍为 HTTP/1.1。</translation>
    </message>
    <message>
        <source>The 101 response lacks &quot;Upgrade: websocket&quot; or &quot;Connection: Upgrade&quot; (RFC 6455 section 4.1): the client fails the connection.</source>
        <translation>101 响应缺少“Upgrade: websocket”或“Connection: Upgrade”（RFC 6455 第 4.1 节）：客户端使该连接失败。</translation>
    </message>
    <message>
        <source>The server accepted an extension the client did not offer (Sec-WebSocket-Extensions): the client fails the connection.</source>
        <translation>服务器接受了客户端并未提供的扩展（Sec-WebSocket-Extensions）：客户端使该连接失败。</translation>
    </message>
    <message>
        <source>Qt WebSockets refused the opening handshake that ProtoViz accepted (&quot;%1&quot;); the server closes the connection with 1011 (internal error).</source>
        <translation>Qt WebSockets 拒绝了 ProtoViz 已接受的开始握手（“%1”）；服务器以 1011（内部错误）关闭连接。</translation>
    </message>
    <message>
        <source>The request head was not complete %1 s after its first byte (header timeout), so the server answered 408 Request Timeout and closed the connection.</source>
        <translation>请求头在其第一个字节之后 %1 s 内仍不完整（头部超时），因此服务器以 408 Request Timeout 应答并关闭了连接。</translation>
    </message>
    <message>
        <source>The server closed the HTTP/2 connection with GOAWAY (NO_ERROR) after %1 s without a request (idle timeout).</source>
        <translation>服务器在 %1 s 内没有收到请求（空闲超时），于是以 GOAWAY（NO_ERROR）关闭了 HTTP/2 连接。</translation>
    </message>
    <message>
        <source>Cannot open a connection inside the process: %1</source>
        <translation>无法在进程内打开连接：%1</translation>
    </message>
    <message>
        <source>The parameter %1 appears twice (RFC 7692 section 5.1).</source>
        <translation>参数 %1 出现了两次（RFC 7692 第 5.1 节）。</translation>
    </message>
    <message>
        <source>The parameter %1 takes no value (RFC 7692 section 7.1.1).</source>
        <translation>参数 %1 不接受值（RFC 7692 第 7.1.1 节）。</translation>
    </message>
    <message>
        <source>The parameter %1 needs a window size from 8 to 15 without leading zeros, not &quot;%2&quot; (RFC 7692 section 7.1.2).</source>
        <translation>参数 %1 需要 8 到 15 之间且不带前导零的窗口大小，而不是“%2”（RFC 7692 第 7.1.2 节）。</translation>
    </message>
    <message>
        <source>permessage-deflate has no parameter %1 (RFC 7692 section 7.1).</source>
        <translation>permessage-deflate 没有参数 %1（RFC 7692 第 7.1 节）。</translation>
    </message>
    <message>
        <source>The Sec-WebSocket-Extensions field is not a valid extension list (RFC 6455 section 9.1).</source>
        <translation>Sec-WebSocket-Extensions 字段不是有效的扩展列表（RFC 6455 第 9.1 节）。</translation>
    </message>
    <message>
        <source>The offer asks the server for an 8-bit window, which zlib cannot compress with: declined (RFC 7692 section 7.1.2.1).</source>
        <translation>该提议要求服务器使用 8 位窗口，而 zlib 无法用它进行压缩：已拒绝（RFC 7692 第 7.1.2.1 节）。</translation>
    </message>
    <message>
        <source>The server&apos;s Sec-WebSocket-Extensions field is not a valid extension list (RFC 6455 section 9.1): the client fails the connection.</source>
        <translation>服务器的 Sec-WebSocket-Extensions 字段不是有效的扩展列表（RFC 6455 第 9.1 节）：客户端使连接失败。</translation>
    </message>
    <message>
        <source>The server accepted the extension %1, which the client did not offer (RFC 6455 section 9.1): the client fails the connection.</source>
        <translation>服务器接受了客户端并未提议的扩展 %1（RFC 6455 第 9.1 节）：客户端使连接失败。</translation>
    </message>
    <message>
        <source>The server&apos;s response names permessage-deflate more than once, but the client made one offer (RFC 7692 section 5.1): the client fails the connection.</source>
        <translation>服务器的响应多次提到 permessage-deflate，但客户端只提出了一个提议（RFC 7692 第 5.1 节）：客户端使连接失败。</translation>
    </message>
    <message>
        <source>The client fails the connection.</source>
        <translation>客户端使连接失败。</translation>
    </message>
    <message>
        <source>The client offered server_no_context_takeover but the response lacks it, so it accepts no offer the client made (RFC 7692 section 7.1.1.1): the client fails the connection.</source>
        <translation>客户端提议了 server_no_context_takeover，但响应中没有它，因此响应不接受客户端的任何提议（RFC 7692 第 7.1.1.1 节）：客户端使连接失败。</translation>
    </message>
    <message>
        <source>The client offered server_max_window_bits=%1 but the response does not answer it with a window that small (RFC 7692 section 7.1.2.1): the client fails the connection.</source>
        <translation>客户端提议了 server_max_window_bits=%1，但响应没有以同样小的窗口作答（RFC 7692 第 7.1.2.1 节）：客户端使连接失败。</translation>
    </message>
    <message>
        <source>1 (compressed message, permessage-deflate)</source>
        <translation>1（压缩消息，permessage-deflate）</translation>
    </message>
    <message>
        <source>compressed (RSV1)</source>
        <translation>已压缩（RSV1）</translation>
    </message>
    <message>
        <source>permessage-deflate: %1 B on the wire inflate to %2 B, %3 B saved (%4 %)</source>
        <translation>permessage-deflate：线路上的 %1 B 解压为 %2 B，节省 %3 B（%4 %）</translation>
    </message>
    <message>
        <source>A %1 frame sets RSV1, but permessage-deflate marks only the first frame of a data message as compressed (RFC 7692 section 6): a protocol error, close code 1002.</source>
        <translation>一个 %1 帧设置了 RSV1，但 permessage-deflate 只把数据消息的第一帧标记为已压缩（RFC 7692 第 6 节）：协议错误，关闭码 1002。</translation>
    </message>
    <message>
        <source>The frame states its length of %1 bytes in %2 bits, but the length must be encoded in the fewest bytes that hold it (RFC 6455 section 5.2): a protocol error, close code 1002.</source>
        <translation>该帧用 %2 位表示其 %1 字节的长度，但长度必须用能容纳它的最少字节来编码（RFC 6455 第 5.2 节）：协议错误，关闭码 1002。</translation>
    </message>
    <message>
        <source>Compressed message %1 inflates to more than the %2 bytes this endpoint accepts, from %3 compressed bytes so far: close code 1009 (message too big). The inflater stops at the limit, so a small &quot;zip bomb&quot; cannot exhaust memory.</source>
        <translation>压缩消息 %1 解压后超过此端点接受的 %2 字节（目前已收到 %3 个压缩字节）：关闭码 1009（消息过大）。解压器在达到上限时停止，因此小小的“zip 炸弹”无法耗尽内存。</translation>
    </message>
    <message>
        <source>Compressed message %1 is not valid DEFLATE data (zlib: %2), so it cannot be inflated (RFC 7692 section 8): close code 1007 (invalid payload data).</source>
        <translation>压缩消息 %1 不是有效的 DEFLATE 数据（zlib：%2），因此无法解压（RFC 7692 第 8 节）：关闭码 1007（无效的载荷数据）。</translation>
    </message>
    <message>
        <source>Byte %1 of inflated text message %2 (0x%3) cannot be part of valid UTF-8, so the message is refused at once with close code 1007 (invalid payload data).</source>
        <translation>解压后的文本消息 %2 的第 %1 个字节（0x%3）不可能属于有效的 UTF-8，因此该消息立即被拒绝，关闭码 1007（无效的载荷数据）。</translation>
    </message>
    <message>
        <source>, RSV1 (compressed)</source>
        <translation>，RSV1（已压缩）</translation>
    </message>
</context>
<context>
    <name>protoviz::AnswerInput</name>
    <message>
        <source>✓ %1</source>
        <comment>the right choice, once revealed</comment>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <comment>the learner&apos;s wrong choice, once revealed</comment>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Your &amp;prediction:</source>
        <translation>你的预测(&amp;P)：</translation>
    </message>
    <message>
        <source>The right answer.</source>
        <translation>正确答案。</translation>
    </message>
    <message>
        <source>Your answer, not the right one.</source>
        <translation>你的答案，不正确。</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>你的预测</translation>
    </message>
</context>
<context>
    <name>protoviz::BackoffAcceptor</name>
    <message numerus="yes">
        <source>Out of file descriptors: %n connection(s) open; accepting again in %1 ms.</source>
        <translation>
            <numerusform>文件描述符耗尽：已打开 %n 个连接；%1 ms 后重新开始接受连接。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepting a connection failed (%1): %n connection(s) open; accepting again in %2 ms.</source>
        <translation>
            <numerusform>接受连接失败（%1）：已打开 %n 个连接；%2 ms 后重新开始接受连接。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>protoviz::BalancedConnection</name>
    <message>
        <source>The balancer reads request %1 of connection %2 (%3) and sends it to instance %4 over its connection %5: %6.</source>
        <translation>负载均衡器读取连接 %2（%3）上的请求 %1，并通过它的连接 %5 发给实例 %4：%6。</translation>
    </message>
</context>
<context>
    <name>protoviz::BalancingSession</name>
    <message numerus="yes">
        <source>The ticker did not finish within %n second(s).</source>
        <translation>
            <numerusform>行情推送器未能在 %n 秒内完成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>instance %1 issued %n of them</source>
        <translation>
            <numerusform>其中 %n 个由实例 %1 签发</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %1 clients have a session (%2). The ticker publishes %3 updates a second for %n second(s) to both instances; the balancer routes every poll by its rule: %4.</source>
        <translation>
            <numerusform>全部 %1 个客户端都已有会话（%2）。行情推送器每秒向两个实例发布 %3 条更新，持续 %n 秒；负载均衡器按其规则路由每次轮询：%4。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The ticker publishes update %1 to both instances; each of the %n client(s) should get it.</source>
        <translation>
            <numerusform>行情推送器向两个实例发布更新 %1；%n 个客户端都应收到它。</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 deliveries arrived and no poll failed: the balancer&apos;s %2 cookie brought every poll back to the instance that issued its session.</source>
        <translation>全部 %1 次投递均已到达，且没有轮询失败：负载均衡器的 %2 cookie 让每次轮询都回到签发其会话的实例。</translation>
    </message>
    <message>
        <source>All %1 deliveries arrived and no poll failed: the clients&apos; requests happened to alternate in step with round robin, so each poll came back to the instance that issued its session. Any other traffic through the balancer, or an odd number of clients, breaks that luck.</source>
        <translation>全部 %1 次投递均已到达，且没有轮询失败：客户端的请求恰好与轮询调度（round robin）的节奏同步交替，所以每次轮询都回到了签发其会话的实例。只要有其他流量经过负载均衡器，或者客户端数量为奇数，这种运气就会被打破。</translation>
    </message>
    <message>
        <source>%1 of %2 deliveries did not arrive in time (%3 % did); no poll failed.</source>
        <translation>%2 次投递中有 %1 次未能及时到达（%3 % 到达）；没有轮询失败。</translation>
    </message>
    <message numerus="yes">
        <source>%n poll(s) reached the instance that had never seen their session: 400 &quot;Session ID unknown&quot;. The clients started over %1 times with a new handshake, and each new session began at the latest update, so %2 of %3 deliveries were lost (%4 % arrived).</source>
        <translation>
            <numerusform>%n 次轮询到达了从未见过其会话的实例：400 &quot;Session ID unknown&quot;。客户端通过新的握手重新开始了 %1 次，而每个新会话都从最新的更新开始，因此 %3 次投递中丢失了 %2 次（%4 % 到达）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation>会话已停止。</translation>
    </message>
</context>
<context>
    <name>protoviz::ChatInstance</name>
    <message>
        <source>Instance %1 lost its connection to the broker.</source>
        <translation>实例 %1 与消息代理 (broker) 的连接已断开。</translation>
    </message>
    <message>
        <source>Instance %1 cannot reach the broker: %2</source>
        <translation>实例 %1 无法连接到消息代理 (broker)：%2</translation>
    </message>
    <message>
        <source>every message it receives goes to the broker, which hands it to every instance</source>
        <translation>它收到的每条消息都交给消息代理 (broker)，由后者转交给每个实例</translation>
    </message>
    <message>
        <source>it sends each message only to its own members: it knows no other connections</source>
        <translation>它只把每条消息发给自己的成员：它不知道其他连接</translation>
    </message>
    <message numerus="yes">
        <source>Instance %1 holds this WebSocket (connection %2) and now has %n chat member(s); %3.</source>
        <translation>
            <numerusform>实例 %1 持有这个 WebSocket（连接 %2），现在有 %n 个聊天成员；%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>The broker refused instance %1: %2</source>
        <translation>消息代理 (broker) 拒绝了实例 %1：%2</translation>
    </message>
</context>
<context>
    <name>protoviz::DatagramRelay</name>
    <message>
        <source>The link could not listen on %1 UDP port %2: %3</source>
        <translation>链路无法在 %1 UDP 端口 %2 上监听：%3</translation>
    </message>
    <message>
        <source>UDP datagram %1 could not be passed on: %2</source>
        <translation>UDP 数据报 %1 无法转发：%2</translation>
    </message>
</context>
<context>
    <name>protoviz::EavesdropperView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>server → client</source>
        <translation>服务器 → 客户端</translation>
    </message>
    <message>
        <source>client → server</source>
        <translation>客户端 → 服务器</translation>
    </message>
    <message>
        <source>ALTERED: %1</source>
        <translation>已篡改：%1</translation>
    </message>
    <message>
        <source>SECRET: %1</source>
        <translation>机密：%1</translation>
    </message>
    <message>
        <source>What someone on the link reads</source>
        <translation>链路上的人能读到什么</translation>
    </message>
    <message>
        <source>Nobody is listening on this link. The scenarios “HTTP against HTTPS, with an eavesdropper” and “Tampering” put an eavesdropper and an attacker on it.</source>
        <translation>没有人在监听这条链路。场景“HTTP 对比 HTTPS（含窃听者）”和“篡改”会在链路上放置一个窃听者和一个攻击者。</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s), %1 with a secret.</source>
        <translation>
            <numerusform>%n 条观察记录，其中 %1 条含有机密。</numerusform>
        </translation>
    </message>
    <message>
        <source>Eavesdropper</source>
        <translation>窃听者</translation>
    </message>
    <message>
        <source>Every observation on the link, with its time and direction; secrets and altered bytes are marked in words as well as colour</source>
        <translation>链路上的每次观察，附带时间和方向；秘密和被篡改的字节除颜色外还用文字标出</translation>
    </message>
</context>
<context>
    <name>protoviz::FieldTreeModel</name>
    <message>
        <source>%1 (1 B)</source>
        <translation>%1（1 B）</translation>
    </message>
    <message>
        <source>%1–%2 (%3 B)</source>
        <translation>%1–%2（%3 B）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>bytes %1 to %2 of the unit (%3 B)</source>
        <translation>该单元的第 %1 至 %2 字节（%3 B）</translation>
    </message>
    <message>
        <source>derived by the engine; not a run of bytes in the unit</source>
        <translation>由引擎推导得出；不是单元中的一段字节</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
</context>
<context>
    <name>protoviz::GlossaryPanel</name>
    <message>
        <source>No term matches the search.</source>
        <translation>没有与搜索匹配的术语。</translation>
    </message>
    <message>
        <source>*Also called:* %1</source>
        <translation>*又称：* %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the glossary</source>
        <translation>
            <numerusform>术语表中还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Search terms and meanings</source>
        <translation>搜索术语及其含义</translation>
    </message>
    <message>
        <source>Lists the terms whose name, other spellings or meaning contain what you type</source>
        <translation>列出名称、其他写法或含义中包含所输入内容的术语</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>搜索术语表</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcChannel</name>
    <message>
        <source>The connection closed before HTTP/2 could start.</source>
        <translation>连接在 HTTP/2 开始之前关闭了。</translation>
    </message>
    <message>
        <source>The server did not agree to HTTP/2 in the TLS handshake (ALPN chose &quot;%1&quot;); gRPC needs HTTP/2.</source>
        <translation>服务器在 TLS 握手中没有同意使用 HTTP/2（ALPN 选择了“%1”）；gRPC 需要 HTTP/2。</translation>
    </message>
    <message>
        <source>The HTTP/2 connection ended with the call in progress.</source>
        <translation>HTTP/2 连接在调用进行中结束了。</translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcClientCall</name>
    <message>
        <source>The deadline of %1 passed before the call finished.</source>
        <translation>%1 的截止时间 (deadline) 在调用完成前已过。</translation>
    </message>
    <message>
        <source>The request could not be sent on the HTTP/2 connection.</source>
        <translation>无法在 HTTP/2 连接上发送请求。</translation>
    </message>
    <message>
        <source>The client cancelled the call.</source>
        <translation>客户端取消了调用。</translation>
    </message>
    <message>
        <source>The server&apos;s trailers carry no grpc-status.</source>
        <translation>服务器的 trailers 中没有 grpc-status。</translation>
    </message>
    <message>
        <source>grpc-status &quot;%1&quot; is not a status code.</source>
        <translation>grpc-status“%1”不是状态码。</translation>
    </message>
    <message>
        <source>The response&apos;s content-type is &quot;%1&quot;, not application/grpc.</source>
        <translation>响应的 content-type 为“%1”，而不是 application/grpc。</translation>
    </message>
    <message>
        <source>Response message %1 is not a valid %2: %3</source>
        <translation>响应消息 %1 不是有效的 %2：%3</translation>
    </message>
    <message>
        <source>%1 is a %2 method, which answers with one message; a second one arrived.</source>
        <translation>%1 是 %2 方法，只应答一条消息；却收到了第二条。</translation>
    </message>
    <message>
        <source>The server ended the stream without trailers, so the call has no status.</source>
        <translation>服务器在没有 trailers 的情况下结束了流，因此该调用没有状态。</translation>
    </message>
    <message>
        <source>The stream closed before the server sent a status.</source>
        <translation>流在服务器发送状态之前关闭了。</translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcServerCall</name>
    <message>
        <source>The client&apos;s deadline of %1 passed before the call finished.</source>
        <translation>客户端 %1 的截止时间 (deadline) 在调用完成前已过。</translation>
    </message>
    <message>
        <source>The response headers could not be sent.</source>
        <translation>无法发送响应头部。</translation>
    </message>
    <message>
        <source>Request message %1 is not a valid %2: %3</source>
        <translation>请求消息 %1 不是有效的 %2：%3</translation>
    </message>
    <message>
        <source>%1 is a %2 method, which takes exactly one request message; a second one arrived.</source>
        <translation>%1 是 %2 方法，只接受恰好一条请求消息；却收到了第二条。</translation>
    </message>
    <message>
        <source>%1 is a %2 method, which takes exactly one request message; the client sent none.</source>
        <translation>%1 是 %2 方法，只接受恰好一条请求消息；客户端一条也没有发送。</translation>
    </message>
    <message>
        <source>The client cancelled the call (RST_STREAM CANCEL).</source>
        <translation>客户端取消了调用（RST_STREAM CANCEL）。</translation>
    </message>
    <message>
        <source>The client&apos;s deadline of %1 passed; it reset the stream (RST_STREAM CANCEL) as it gave up.</source>
        <translation>客户端 %1 的截止时间 (deadline) 已过；它在放弃时重置了流（RST_STREAM CANCEL）。</translation>
    </message>
    <message>
        <source>The connection ended before the call finished.</source>
        <translation>连接在调用完成之前结束了。</translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcServerConnection</name>
    <message>
        <source>The request to %1 has no content-type; gRPC requests must say application/grpc. A gRPC server answers HTTP 415 so that no plain HTTP client takes the answer for success.</source>
        <translation>发往 %1 的请求没有 content-type；gRPC 请求必须声明 application/grpc。gRPC 服务器回复 HTTP 415，以免普通 HTTP 客户端把这个回答当作成功。</translation>
    </message>
    <message>
        <source>The request to %1 has content-type &quot;%2&quot;, not application/grpc. A gRPC server answers HTTP 415 so that no plain HTTP client takes the answer for success.</source>
        <translation>发往 %1 的请求的 content-type 为“%2”，而不是 application/grpc。gRPC 服务器回复 HTTP 415，以免普通 HTTP 客户端把这个回答当作成功。</translation>
    </message>
    <message>
        <source>gRPC calls are POST requests; this one is %1.</source>
        <translation>gRPC 调用都是 POST 请求；这一个是 %1。</translation>
    </message>
    <message>
        <source>The request lacks &quot;te: trailers&quot;, which gRPC requires so that proxies know the client understands trailers; the call is served anyway.</source>
        <translation>请求缺少“te: trailers”，gRPC 要求它，以便代理知道客户端能理解 trailers；调用仍然会被处理。</translation>
    </message>
    <message>
        <source>The client compresses its messages with &quot;%1&quot;; this server only speaks the identity encoding (it says so in grpc-accept-encoding).</source>
        <translation>客户端用“%1”压缩其消息；此服务器只支持 identity 编码（它在 grpc-accept-encoding 中说明了这一点）。</translation>
    </message>
    <message>
        <source>grpc-timeout &quot;%1&quot; is malformed: it must be at most eight digits and a unit (H, M, S, m, u or n).</source>
        <translation>grpc-timeout“%1”格式错误：它必须是至多八位数字加一个单位（H、M、S、m、u 或 n）。</translation>
    </message>
    <message>
        <source>This server has no service &quot;%1&quot;.</source>
        <translation>此服务器没有服务“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a method as /package.Service/Method.</source>
        <translation>“%1”不是 /package.Service/Method 形式的方法名。</translation>
    </message>
    <message>
        <source>The service %1 has no method &quot;%2&quot;.</source>
        <translation>服务 %1 没有方法“%2”。</translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcSession</name>
    <message numerus="yes">
        <source>The items were not all moved within %n second(s).</source>
        <translation>
            <numerusform>未能在 %n 秒内移动完所有条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation>会话已停止。</translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcWebCall</name>
    <message>
        <source>The deadline of %1 passed before the call finished; the browser closed the HTTP/1.1 connection to abandon it.</source>
        <translation>%1 的截止时间 (deadline) 在调用完成前已过；浏览器关闭了 HTTP/1.1 连接以放弃该调用。</translation>
    </message>
    <message>
        <source>The browser cancelled the call; over HTTP/1.1 that means closing the connection.</source>
        <translation>浏览器取消了调用；在 HTTP/1.1 上，这意味着关闭连接。</translation>
    </message>
    <message>
        <source>The response&apos;s content-type is &quot;%1&quot;, not application/grpc-web.</source>
        <translation>响应的 content-type 为“%1”，而不是 application/grpc-web。</translation>
    </message>
    <message>
        <source>Response message %1 is not a valid %2: %3</source>
        <translation>响应消息 %1 不是有效的 %2：%3</translation>
    </message>
    <message>
        <source>The trailer frame carries no valid grpc-status (&quot;%1&quot;).</source>
        <translation>trailer 帧中没有有效的 grpc-status（“%1”）。</translation>
    </message>
    <message>
        <source>%1 bytes at the end of the body, flag 0x80</source>
        <translation>正文末尾的 %1 字节，标志 0x80</translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcWebClient</name>
    <message>
        <source>The connection closed before the answer.</source>
        <translation>连接在收到回答之前关闭了。</translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcWebProxy</name>
    <message>
        <source>The gRPC-Web proxy cannot listen on 127.0.0.1: %1</source>
        <translation>gRPC-Web 代理无法在 127.0.0.1 上监听：%1</translation>
    </message>
    <message>
        <source>A browser&apos;s HTTP/1.1 connection to the gRPC-Web proxy, which answers it as the server.</source>
        <translation>浏览器到 gRPC-Web 代理的 HTTP/1.1 连接，代理作为服务器应答它。</translation>
    </message>
    <message>
        <source>browser → proxy</source>
        <translation>浏览器 → 代理</translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcWebProxyConnection</name>
    <message>
        <source>gRPC-Web calls are POST requests; this was %1.</source>
        <translation>gRPC-Web 调用都是 POST 请求；这一个是 %1。</translation>
    </message>
    <message>
        <source>The proxy translates application/grpc-web+proto; this request is &quot;%1&quot;.</source>
        <translation>代理转换的是 application/grpc-web+proto；这个请求是“%1”。</translation>
    </message>
    <message>
        <source>%1: gRPC-Web over HTTP/1.1 in, gRPC over HTTP/2 out to the server</source>
        <translation>%1：输入为基于 HTTP/1.1 的 gRPC-Web，输出为基于 HTTP/2 的 gRPC，发往服务器</translation>
    </message>
    <message>
        <source>from the browser</source>
        <translation>来自浏览器</translation>
    </message>
    <message>
        <source>to the server</source>
        <translation>发往服务器</translation>
    </message>
    <message>
        <source>application/grpc on an HTTP/2 stream, te: trailers</source>
        <translation>HTTP/2 流上的 application/grpc，te: trailers</translation>
    </message>
    <message>
        <source>%1, passed on to the server</source>
        <translation>%1，转发给服务器</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (malformed; the server will refuse it)</source>
        <translation>“%1”（格式错误；服务器将拒绝它）</translation>
    </message>
    <message>
        <source>The server answered HTTP status %1; gRPC&apos;s mapping makes it %2.</source>
        <translation>服务器回复了 HTTP 状态 %1；按 gRPC 的映射，它对应 %2。</translation>
    </message>
    <message>
        <source>The server answered Trailers-Only; the proxy moved its status into the body&apos;s trailer frame.</source>
        <translation>服务器以 Trailers-Only 回复；代理把其状态移入了正文的 trailer 帧。</translation>
    </message>
    <message>
        <source>The server&apos;s HTTP/2 trailers became the body&apos;s last frame (flag 0x80), since a browser cannot read HTTP/2 trailers.</source>
        <translation>服务器的 HTTP/2 trailers 变成了正文的最后一帧（标志 0x80），因为浏览器无法读取 HTTP/2 trailers。</translation>
    </message>
    <message>
        <source>The server ended the stream without a status.</source>
        <translation>服务器在没有状态的情况下结束了流。</translation>
    </message>
    <message>
        <source>The HTTP/2 stream ended without trailers; the proxy wrote the status it stands for into the trailer frame.</source>
        <translation>HTTP/2 流在没有 trailers 的情况下结束；代理把它所代表的状态写入了 trailer 帧。</translation>
    </message>
    <message>
        <source>Trailer frame: %1</source>
        <translation>Trailer 帧：%1</translation>
    </message>
    <message>
        <source>why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The browser closed its connection during the call: the proxy reset the HTTP/2 stream with RST_STREAM CANCEL</source>
        <translation>浏览器在调用期间关闭了它的连接：代理用 RST_STREAM CANCEL 重置了 HTTP/2 流</translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcWebSession</name>
    <message numerus="yes">
        <source>The calls were not all over within %n second(s).</source>
        <translation>
            <numerusform>调用未能在 %n 秒内全部结束。</numerusform>
        </translation>
    </message>
    <message>
        <source>GetItem %1 ended OK without its item.</source>
        <translation>GetItem %1 以 OK 结束，但没有返回其条目。</translation>
    </message>
    <message>
        <source>GetItem %1 ended with %2</source>
        <translation>GetItem %1 以 %2 结束</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s): %1 OK, %2 DEADLINE_EXCEEDED, %3 CANCELLED.</source>
        <translation>
            <numerusform>%n 个调用：%1 个 OK，%2 个 DEADLINE_EXCEEDED，%3 个 CANCELLED。</numerusform>
        </translation>
    </message>
    <message>
        <source>gRPC-Web puts the status in a trailer frame (flag 0x80) at the end of the HTTP/1.1 body, since browsers cannot read HTTP/2 trailers: the proxy wrote %1 of them (%2 bytes). The proxy adds one hop: %3 browser connection(s) to it over HTTP/1.1, %4 HTTP/2 connection(s) from it to the server.</source>
        <translation>gRPC-Web 把状态放在 HTTP/1.1 正文末尾的 trailer 帧（标志 0x80）中，因为浏览器无法读取 HTTP/2 trailers：代理写了 %1 个这样的帧（%2 字节）。代理增加了一跳：%3 条浏览器到代理的 HTTP/1.1 连接，%4 条代理到服务器的 HTTP/2 连接。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) were abandoned by closing the browser connection they were on, the only way to give up an HTTP/1.1 request; the proxy turned that into %1 RST_STREAM CANCEL for the server.</source>
        <translation>
            <numerusform>%n 个调用通过关闭其所在的浏览器连接而被放弃——这是放弃 HTTP/1.1 请求的唯一方式；代理把它变成了发给服务器的 %1 个 RST_STREAM CANCEL。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) waited for one of the browser&apos;s %1 connections and ended before they could be sent.</source>
        <translation>
            <numerusform>%n 个调用在等待浏览器的 %1 条连接之一，还没来得及发送就结束了。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Native gRPC reads the status from HTTP/2 trailers on %n connection(s).</source>
        <translation>
            <numerusform>原生 gRPC 在 %n 条连接上从 HTTP/2 trailers 中读取状态。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) given up reset only their own stream (RST_STREAM CANCEL); the connection carried on.</source>
        <translation>
            <numerusform>%n 个被放弃的调用只重置了它们自己的流（RST_STREAM CANCEL）；连接继续工作。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 ms deadline travels as grpc-timeout, so the server stops working on a call when it passes.</source>
        <translation>%1 ms 的截止时间 (deadline) 以 grpc-timeout 的形式传递，因此截止时间一过，服务器就停止处理该调用。</translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation>会话已停止。</translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcWebUpstream</name>
    <message>
        <source>The connection to the gRPC server closed before HTTP/2 could start.</source>
        <translation>到 gRPC 服务器的连接在 HTTP/2 开始之前关闭了。</translation>
    </message>
    <message>
        <source>The gRPC-Web proxy&apos;s HTTP/2 connection to the gRPC server: the extra hop, where every browser call becomes a gRPC call on a stream.</source>
        <translation>gRPC-Web 代理到 gRPC 服务器的 HTTP/2 连接：额外的一跳，每个浏览器调用都在这里成为某个流上的 gRPC 调用。</translation>
    </message>
    <message>
        <source>proxy → server</source>
        <translation>代理 → 服务器</translation>
    </message>
    <message>
        <source>The HTTP/2 connection to the gRPC server ended.</source>
        <translation>到 gRPC 服务器的 HTTP/2 连接已结束。</translation>
    </message>
    <message>
        <source>The request could not be sent on the HTTP/2 connection.</source>
        <translation>无法在 HTTP/2 连接上发送请求。</translation>
    </message>
</context>
<context>
    <name>protoviz::GrpcWorkload</name>
    <message>
        <source>GetItem for item %1 answered another item.</source>
        <translation>针对条目 %1 的 GetItem 返回了另一个条目。</translation>
    </message>
    <message>
        <source>GetItem for item %1</source>
        <translation>针对条目 %1 的 GetItem</translation>
    </message>
    <message>
        <source>GetItem for item %1 answered no item.</source>
        <translation>针对条目 %1 的 GetItem 没有返回条目。</translation>
    </message>
    <message>
        <source>Exchange acknowledged another item than %1.</source>
        <translation>Exchange 确认的是另一个条目，而不是 %1。</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message numerus="yes">
        <source>Exchange ended with %n item(s) unacknowledged.</source>
        <translation>
            <numerusform>Exchange 结束时仍有 %n 个条目未被确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>ListItems sent another item than %1.</source>
        <translation>ListItems 发送的是另一个条目，而不是 %1。</translation>
    </message>
    <message>
        <source>ListItems</source>
        <translation>ListItems</translation>
    </message>
    <message>
        <source>ListItems ended after %1 of %2 items.</source>
        <translation>ListItems 在 %2 个条目中的 %1 个之后就结束了。</translation>
    </message>
    <message>
        <source>UploadItems did not count the %1 items sent.</source>
        <translation>UploadItems 没有统计已发送的 %1 个条目。</translation>
    </message>
    <message>
        <source>UploadItems</source>
        <translation>UploadItems</translation>
    </message>
    <message>
        <source>UploadItems ended without its summary.</source>
        <translation>UploadItems 结束时没有返回汇总。</translation>
    </message>
    <message>
        <source>%1 ended with %2</source>
        <translation>%1 以 %2 结束</translation>
    </message>
</context>
<context>
    <name>protoviz::HexView</name>
    <message>
        <source>Byte %1: 0x%2 = %3 = %4 in bits</source>
        <translation>第 %1 字节：0x%2 = %3 = 二进制 %4</translation>
    </message>
    <message>
        <source>As text: “%1”</source>
        <translation>作为文本：“%1”</translation>
    </message>
    <message>
        <source>Click to select the field it belongs to; click again for the fields around it.</source>
        <translation>单击可选中它所属的字段；再次单击可选中其外围的字段。</translation>
    </message>
</context>
<context>
    <name>protoviz::Http2Client</name>
    <message>
        <source>The HTTP/2 connection has failed.</source>
        <translation>HTTP/2 连接失败。</translation>
    </message>
    <message>
        <source>The connection closed before HTTP/2 could start.</source>
        <translation>连接在 HTTP/2 开始之前关闭了。</translation>
    </message>
    <message>
        <source>The server did not agree to HTTP/2 in the TLS handshake (ALPN chose &quot;%1&quot;).</source>
        <translation>服务器在 TLS 握手中没有同意使用 HTTP/2（ALPN 选择了“%1”）。</translation>
    </message>
    <message>
        <source>Stream %1 was reset (error code %2).</source>
        <translation>流 %1 被重置（错误码 %2）。</translation>
    </message>
    <message>
        <source>The HTTP/2 connection ended with requests outstanding.</source>
        <translation>HTTP/2 连接结束时仍有未完成的请求。</translation>
    </message>
    <message>
        <source>The request for %1 could not be sent.</source>
        <translation>无法发送对 %1 的请求。</translation>
    </message>
</context>
<context>
    <name>protoviz::Http2Session</name>
    <message>
        <source>The header list on stream %1 is %2 bytes, more than the %3 bytes this endpoint accepts (SETTINGS_MAX_HEADER_LIST_SIZE).</source>
        <translation>流 %1 上的头部列表有 %2 字节，超过了此端点接受的 %3 字节（SETTINGS_MAX_HEADER_LIST_SIZE）。</translation>
    </message>
    <message>
        <source>A %1 frame for stream %2 was not sent: %3.</source>
        <translation>流 %2 的一个 %1 帧未能发送：%3。</translation>
    </message>
    <message>
        <source>The peer sent an invalid %1 frame on stream %2: %3.</source>
        <translation>对端在流 %2 上发送了无效的 %1 帧：%3。</translation>
    </message>
    <message>
        <source>nghttp2 reports: %1</source>
        <translation>nghttp2 报告：%1</translation>
    </message>
    <message>
        <source>Request header fields too large: %1 bytes.
</source>
        <translation>请求头部字段过大：%1 字节。
</translation>
    </message>
    <message>
        <source>Client connection preface</source>
        <translation>客户端连接前言</translation>
    </message>
    <message>
        <source>%1 on stream %2</source>
        <translation>流 %2 上的 %1</translation>
    </message>
    <message>
        <source>: %1 bytes of HPACK for %2 bytes of header text</source>
        <translation>：%1 字节 HPACK 表示 %2 字节的头部文本</translation>
    </message>
    <message numerus="yes">
        <source>: %n byte(s) of data</source>
        <translation>
            <numerusform>：%n 字节数据</numerusform>
        </translation>
    </message>
    <message>
        <source>This endpoint ended the connection: %1, %2.</source>
        <translation>本端点结束了连接：%1，%2。</translation>
    </message>
    <message>
        <source>The peer ended the connection: %1, %2.</source>
        <translation>对端结束了连接：%1，%2。</translation>
    </message>
    <message>
        <source> It says: &quot;%1&quot;.</source>
        <translation> 它说：“%1”。</translation>
    </message>
    <message>
        <source>: +%1 bytes</source>
        <translation>：+%1 字节</translation>
    </message>
    <message>
        <source>The request could not be submitted: %1.</source>
        <translation>无法提交请求：%1。</translation>
    </message>
    <message>
        <source>The response on stream %1 could not be submitted: %2.</source>
        <translation>无法提交流 %1 上的响应：%2。</translation>
    </message>
    <message>
        <source>The peer&apos;s bytes broke HTTP/2 framing: %1.</source>
        <translation>对端的字节破坏了 HTTP/2 分帧：%1。</translation>
    </message>
    <message>
        <source>HTTP/2 output failed: %1.</source>
        <translation>HTTP/2 输出失败：%1。</translation>
    </message>
    <message>
        <source>The connection closed in the middle of a frame: %1 of its %2 bytes had arrived.</source>
        <translation>连接在一个帧的中间关闭了：该帧的 %2 字节中已到达 %1 字节。</translation>
    </message>
    <message numerus="yes">
        <source>The connection closed in the middle of a frame header (%n byte(s) had arrived).</source>
        <translation>
            <numerusform>连接在一个帧头的中间关闭了（已到达 %n 字节）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The client sent HEADERS on stream %1 after it had opened stream %2: a new stream&apos;s id must be greater than every id used before (RFC 9113 5.1.1).</source>
        <translation>客户端在打开流 %2 之后又在流 %1 上发送了 HEADERS：新流的 id 必须大于之前用过的所有 id（RFC 9113 5.1.1）。</translation>
    </message>
    <message>
        <source>The client reset streams faster than %1 at once and %2 a second, which costs the server work and the client nothing (a &quot;rapid reset&quot; attack).</source>
        <translation>客户端重置流的速度超过了同时 %1 个、每秒 %2 个，这让服务器付出代价而客户端毫无成本（“rapid reset”攻击）。</translation>
    </message>
</context>
<context>
    <name>protoviz::Http3IdleWatch</name>
    <message>
        <source>Idle connection limit %1 reached: the server closed this HTTP/3 connection with CONNECTION_CLOSE (H3_NO_ERROR), the one idle longest (%2 s without a request in progress).</source>
        <translation>已达到空闲连接上限 %1：服务器以 CONNECTION_CLOSE（H3_NO_ERROR）关闭了这条 HTTP/3 连接，即空闲最久的那条（%2 s 内没有进行中的请求）。</translation>
    </message>
</context>
<context>
    <name>protoviz::Http3PageClient</name>
    <message>
        <source>The QUIC connection is closed.</source>
        <translation>QUIC 连接已关闭。</translation>
    </message>
    <message>
        <source>The server closed the QUIC connection before answering.</source>
        <translation>服务器在应答之前关闭了 QUIC 连接。</translation>
    </message>
</context>
<context>
    <name>protoviz::Http3PageLoadSession</name>
    <message numerus="yes">
        <source>The page did not finish loading within %n second(s).</source>
        <translation>
            <numerusform>页面未能在 %n 秒内加载完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>This session loads pages over HTTP/3 only.</source>
        <translation>此会话只通过 HTTP/3 加载页面。</translation>
    </message>
    <message>
        <source>The first connection, made to obtain a session ticket, did not get one: %1</source>
        <translation>为获取会话票据（session ticket）而建立的第一条连接没有得到票据：%1</translation>
    </message>
    <message>
        <source>it closed first.</source>
        <translation>它先关闭了。</translation>
    </message>
    <message>
        <source>Before the clock started, a first QUIC connection (straight to the server, not recorded) completed a full handshake and received a session ticket. This connection resumes that session and sends its first request as 0-RTT early data, in the same flight as its Initial packet.</source>
        <translation>在计时开始之前，第一个 QUIC 连接（直接连到服务器，未被记录）完成了完整握手并收到了会话票据。本连接恢复该会话，并把第一个请求作为 0-RTT 早期数据，与其 Initial 数据包在同一批次中发送。</translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation>会话已停止。</translation>
    </message>
</context>
<context>
    <name>protoviz::HttpBalancer</name>
    <message>
        <source>The load balancer has no server instances to send requests to.</source>
        <translation>负载均衡器没有可以转发请求的服务器实例。</translation>
    </message>
    <message>
        <source>The load balancer cannot listen on 127.0.0.1: %1</source>
        <translation>负载均衡器无法在 127.0.0.1 上监听：%1</translation>
    </message>
    <message>
        <source>its cookie %1=instance-%2 pins the client to that instance</source>
        <translation>它的 cookie %1=instance-%2 把客户端固定到该实例</translation>
    </message>
    <message>
        <source>it has no %1 cookie yet, so round robin picks the instance, and the response will set the cookie</source>
        <translation>它还没有 %1 cookie，因此由轮询调度（round robin）选择实例，响应会设置该 cookie</translation>
    </message>
    <message>
        <source>round robin: each request goes to the next instance, whichever client sent it</source>
        <translation>轮询调度（round robin）：每个请求都发往下一个实例，不管是哪个客户端发送的</translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation>实例 %1</translation>
    </message>
</context>
<context>
    <name>protoviz::InspectorView</name>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <source>Click an event in any view (a block in the lanes, an arrow in the ladder, a row of the events table) to see its decoded fields and its bytes.</source>
        <translation>在任意视图中单击一个事件（泳道中的方块、时序图中的箭头、事件表中的一行），即可查看其解码后的字段和字节。</translation>
    </message>
    <message>
        <source>The bytes of the selected event appear here.</source>
        <translation>所选事件的字节显示在这里。</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <source>Copy field bytes as hex</source>
        <translation>以十六进制复制字段字节</translation>
    </message>
    <message>
        <source>Copy all bytes as hex</source>
        <translation>以十六进制复制全部字节</translation>
    </message>
    <message>
        <source>Copy hex dump</source>
        <translation>复制十六进制转储</translation>
    </message>
</context>
<context>
    <name>protoviz::LadderView</name>
    <message>
        <source>Ladder</source>
        <translation>时序图</translation>
    </message>
    <message>
        <source>%1 RTT</source>
        <translation>%1 RTT</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n connection(s)</source>
        <translation>
            <numerusform>%n 条连接上的 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>sent together (zoom in to separate)</source>
        <translation>同时发送（放大以区分）</translation>
    </message>
    <message>
        <source>not seen arriving</source>
        <translation>未见到达</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n 条连接</numerusform>
        </translation>
    </message>
    <message>
        <source>Round trips: %1</source>
        <translation>往返次数：%1</translation>
    </message>
    <message>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
    <message>
        <source>%1 RTT elapsed</source>
        <translation>已过 %1 RTT</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n byte(s), connection %2</source>
        <translation>
            <numerusform>%1，%n 字节，连接 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>From the client to the server</source>
        <translation>从客户端到服务器</translation>
    </message>
    <message>
        <source>From the server to the client</source>
        <translation>从服务器到客户端</translation>
    </message>
    <message>
        <source>Sent at %1 ms, received at %2 ms</source>
        <translation>于 %1 ms 发送，于 %2 ms 接收</translation>
    </message>
    <message>
        <source>Latency %1 ms = %2 RTT (one way takes RTT/2 = %3 ms)</source>
        <translation>延迟 %1 ms = %2 RTT（单程需要 RTT/2 = %3 ms）</translation>
    </message>
    <message>
        <source>Latency %1 ms</source>
        <translation>延迟 %1 ms</translation>
    </message>
    <message>
        <source>In flight at the playback position.</source>
        <translation>在回放位置时仍在传输中。</translation>
    </message>
    <message>
        <source>Sent at %1 ms; not seen arriving before the session ended.</source>
        <translation>于 %1 ms 发送；会话结束前未见到达。</translation>
    </message>
    <message>
        <source>Sent at %1 ms; still in flight.</source>
        <translation>于 %1 ms 发送；仍在传输中。</translation>
    </message>
    <message>
        <source>The client asks to open a TCP connection; nothing else can be sent before the answer.</source>
        <translation>客户端请求建立 TCP 连接；在得到回答之前不能发送任何其他内容。</translation>
    </message>
    <message>
        <source>The server agrees to open the connection.</source>
        <translation>服务器同意建立连接。</translation>
    </message>
    <message>
        <source>The client confirms; from now on it may send, so its first data follows at once.</source>
        <translation>客户端确认；从此刻起它可以发送，因此它的第一批数据紧随其后。</translation>
    </message>
    <message>
        <source>This side has finished sending on this connection.</source>
        <translation>这一侧已在此连接上发送完毕。</translation>
    </message>
    <message>
        <source>A TLS alert: a warning, an error, or the end of the secure session.</source>
        <translation>TLS 警报（alert）：警告、错误，或安全会话的结束。</translation>
    </message>
    <message>
        <source>TLS handshake: client and server agree on keys before the first request may go.</source>
        <translation>TLS 握手：在发出第一个请求之前，客户端和服务器先商定密钥。</translation>
    </message>
    <message>
        <source>An HTTP/1.1 request: this connection carries nothing else until its response is back.</source>
        <translation>HTTP/1.1 请求：在它的响应返回之前，这条连接不承载任何其他内容。</translation>
    </message>
    <message>
        <source>The response&apos;s status line and header fields.</source>
        <translation>响应的状态行和头部字段。</translation>
    </message>
    <message>
        <source>Body bytes of the message.</source>
        <translation>消息的正文字节。</translation>
    </message>
    <message>
        <source>An HTTP/2 frame of stream %1: many streams share one connection, so requests need not wait for each other.</source>
        <translation>流 %1 的 HTTP/2 帧：许多流共享一条连接，因此请求之间无需相互等待。</translation>
    </message>
    <message>
        <source>An HTTP/2 frame that concerns the whole connection.</source>
        <translation>涉及整个连接的 HTTP/2 帧。</translation>
    </message>
    <message>
        <source>A WebSocket frame: once upgraded, either side sends whenever it has something, unasked.</source>
        <translation>WebSocket 帧：升级之后，任何一方只要有内容就可以主动发送，无需对方请求。</translation>
    </message>
    <message>
        <source>A gRPC message: a 5-byte prefix and a Protobuf body, carried in HTTP/2 DATA frames.</source>
        <translation>gRPC 消息：5 字节前缀加 Protobuf 正文，由 HTTP/2 DATA 帧承载。</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) from the client to the server, %1</source>
        <translation>
            <numerusform>%n 个单元从客户端发往服务器，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) from the server to the client, %1</source>
        <translation>
            <numerusform>%n 个单元从服务器发往客户端，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent between %1 and %2 ms</source>
        <translation>在 %1 至 %2 ms 之间发送</translation>
    </message>
    <message>
        <source>Received between %1 and %2 ms</source>
        <translation>在 %1 至 %2 ms 之间接收</translation>
    </message>
    <message>
        <source>They left close together: zoom in (mouse wheel) to see each one.</source>
        <translation>它们几乎同时发出：放大（鼠标滚轮）即可逐个查看。</translation>
    </message>
    <message>
        <source>The client asks to turn this HTTP connection into a WebSocket. Sec-WebSocket-Key is a random nonce, new for every handshake: the server must answer with a value only it can derive from it.</source>
        <translation>客户端请求把这个 HTTP 连接转换为 WebSocket。Sec-WebSocket-Key 是随机的一次性数值（nonce），每次握手都不同：服务器必须用只有它才能从中推导出的值作答。</translation>
    </message>
    <message>
        <source>%1 Here: %2.</source>
        <translation>%1 此处：%2。</translation>
    </message>
    <message>
        <source>101 Switching Protocols: from now on the connection speaks WebSocket. Sec-WebSocket-Accept is base64(SHA-1(key + the fixed GUID 258EAFA5-E914-47DA-95CA-C5AB0DC85B11)): it proves the server understood the WebSocket handshake, not just any HTTP.</source>
        <translation>101 Switching Protocols：从现在起该连接使用 WebSocket。Sec-WebSocket-Accept 为 base64(SHA-1(key + 固定 GUID 258EAFA5-E914-47DA-95CA-C5AB0DC85B11))：它证明服务器理解的是 WebSocket 握手，而不只是任意的 HTTP。</translation>
    </message>
    <message>
        <source>Clients %1–%2</source>
        <translation>客户端 %1–%2</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>客户端 %1</translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation>%1 …</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %n client(s)</source>
        <translation>
            <numerusform>%1 → %n 个客户端</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ×%2 · %3 RTT</source>
        <translation>%1 ×%2 · %3 RTT</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 request(s) one after another, sent between %2 and %3 ms</source>
        <translation>
            <numerusform>%n 个 %1 请求依次发出，发送时间在 %2 到 %3 ms 之间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They took %n round trip(s): each request waited for the answer to the one before.</source>
        <translation>
            <numerusform>共用了 %n 个往返：每个请求都要等待前一个请求的响应。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They took %n round trip(s).</source>
        <translation>
            <numerusform>共用了 %n 个往返。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too close together to label one by one at this zoom: zoom in (mouse wheel) to see each one.</source>
        <translation>在当前缩放级别下过于密集，无法逐一标注：放大（鼠标滚轮）即可看到每一个。</translation>
    </message>
    <message>
        <source>C%1–%2</source>
        <comment>short for &quot;Clients %1–%2&quot; where the lifelines stand close</comment>
        <translation>C%1–%2</translation>
    </message>
    <message>
        <source>C%1</source>
        <comment>short for &quot;Client %1&quot; where the lifelines stand close</comment>
        <translation>C%1</translation>
    </message>
    <message>
        <source>%1 RTT</source>
        <comment>round trips taken, where &quot;Round trips: %1&quot; does not fit</comment>
        <translation>%1 RTT</translation>
    </message>
    <message>
        <source>never read: the receiver had closed</source>
        <translation>从未被读取：接收方已关闭</translation>
    </message>
    <message>
        <source>Sent at %1 ms; never read: the server had closed the connection.</source>
        <translation>发送于 %1 ms；从未被读取：服务器已关闭该连接。</translation>
    </message>
    <message>
        <source>Sent at %1 ms; never read: the client had closed the connection.</source>
        <translation>发送于 %1 ms；从未被读取：客户端已关闭该连接。</translation>
    </message>
    <message>
        <source>Never read: the server had closed the connection.</source>
        <translation>从未被读取：服务器已关闭该连接。</translation>
    </message>
    <message>
        <source>Never read: the client had closed the connection.</source>
        <translation>从未被读取：客户端已关闭该连接。</translation>
    </message>
</context>
<context>
    <name>protoviz::LanesView</name>
    <message>
        <source>Lanes</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>cleartext</source>
        <translation>明文</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>gRPC calls</source>
        <translation>gRPC 调用</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>stream %1</source>
        <translation>流 %1</translation>
    </message>
    <message>
        <source>streams %1…%2</source>
        <translation>流 %1…%2</translation>
    </message>
    <message>
        <source>handshake (waiting)</source>
        <translation>握手（等待中）</translation>
    </message>
    <message>
        <source>waiting for a response</source>
        <translation>等待响应</translation>
    </message>
    <message>
        <source>held back behind a lost segment</source>
        <translation>被阻塞在一个丢失的报文段之后</translation>
    </message>
    <message>
        <source>Run a scenario: its connections appear here.</source>
        <translation>运行一个场景：它的连接会显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n 个流</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n row(s)</source>
        <translation>
            <numerusform>共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>TCP handshake · %1</source>
        <translation>TCP 握手 · %1</translation>
    </message>
    <message>
        <source>TCP handshake</source>
        <translation>TCP 握手</translation>
    </message>
    <message>
        <source>%1 handshake failed</source>
        <translation>%1 握手失败</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>%1 handshake · %n round trip(s)</source>
        <translation>
            <numerusform>%1 握手 · %n 次往返</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n RTT</source>
        <translation>
            <numerusform>%1 · %n RTT</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 handshake…</source>
        <translation>%1 握手…</translation>
    </message>
    <message>
        <source>waiting for the response · %1</source>
        <translation>等待响应 · %1</translation>
    </message>
    <message>
        <source>waiting · %1</source>
        <translation>等待 · %1</translation>
    </message>
    <message>
        <source>waiting for a lost segment · %1</source>
        <translation>等待丢失的报文段 · %1</translation>
    </message>
    <message>
        <source>lost segment · %1</source>
        <translation>丢失的报文段 · %1</translation>
    </message>
    <message>
        <source>client → server</source>
        <translation>客户端 → 服务器</translation>
    </message>
    <message>
        <source>server → client</source>
        <translation>服务器 → 客户端</translation>
    </message>
    <message>
        <source>%1 bytes, %2 of them framing</source>
        <translation>%1 字节，其中 %2 字节用于分帧</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>于 %1</translation>
    </message>
    <message>
        <source>left at %1 · delivered at %2 · %3 on the way</source>
        <translation>于 %1 发出 · 于 %2 送达 · 途中 %3</translation>
    </message>
    <message>
        <source>left at %1</source>
        <translation>于 %1 发出</translation>
    </message>
    <message>
        <source>sent at %1 · received at %2 · %3 on the way</source>
        <translation>于 %1 发送 · 于 %2 接收 · 途中 %3</translation>
    </message>
    <message>
        <source>sent at %1</source>
        <translation>于 %1 发送</translation>
    </message>
    <message>
        <source>&lt;i&gt;Lost on the way: the receiver never got this copy. The sender resent it at %1, once its retransmission timer ran out.&lt;/i&gt;</source>
        <translation>&lt;i&gt;途中丢失：接收方从未收到这份副本。发送方在重传计时器超时后，于 %1 重新发送了它。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Never received: the connection closed before the other side read it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;从未被接收：连接在另一侧读取它之前就关闭了。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;On its way at %1.&lt;/i&gt;</source>
        <translation>&lt;i&gt;于 %1 在途中。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;A retransmission: an earlier copy was lost.&lt;/i&gt;</source>
        <translation>&lt;i&gt;一次重传：更早的一份副本丢失了。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Waited %1 behind a lost segment: it had arrived, but TCP hands bytes over only in order (head-of-line blocking).&lt;/i&gt;</source>
        <translation>&lt;i&gt;在一个丢失的报文段之后等待了 %1：它已经到达，但 TCP 只按顺序交付字节（队头阻塞）。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Waited up to %1 behind a lost segment: its bytes had arrived, but TCP hands them over only in order (head-of-line blocking).&lt;/i&gt;</source>
        <translation>&lt;i&gt;在一个丢失的报文段之后最多等待了 %1：它的字节已经到达，但 TCP 只按顺序交付字节（队头阻塞）。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;TCP handshake&lt;/b&gt;: %1, from %2&lt;br&gt;SYN, SYN-ACK, ACK: the client may send only after a round trip.</source>
        <translation>&lt;b&gt;TCP 握手&lt;/b&gt;：%1，从 %2 开始&lt;br&gt;SYN、SYN-ACK、ACK：客户端要等一次往返之后才能发送。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 handshake failed&lt;/b&gt; after %2&lt;br&gt;An alert or an error ended it.</source>
        <translation>&lt;b&gt;%1 握手失败&lt;/b&gt;，历时 %2&lt;br&gt;一个警报或错误使它终止。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 handshake&lt;/b&gt; under way for %2&lt;br&gt;The client cannot send its request before the keys are agreed.</source>
        <translation>&lt;b&gt;%1 握手&lt;/b&gt;已进行 %2&lt;br&gt;在密钥商定之前，客户端无法发送请求。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 handshake&lt;/b&gt;: %2, %n round trip(s)&lt;br&gt;The client cannot send its request before the keys are agreed.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 握手&lt;/b&gt;：%2，%n 次往返&lt;br&gt;在密钥商定之前，客户端无法发送请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for the response&lt;/b&gt;: %1, from %2&lt;br&gt;The request is out and nothing has come back yet: at least one round trip, plus the server&apos;s time.</source>
        <translation>&lt;b&gt;等待响应&lt;/b&gt;：%1，从 %2 开始&lt;br&gt;请求已发出，但还没有任何内容返回：至少一次往返，再加上服务器的处理时间。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Waiting for a lost segment&lt;/b&gt;: %1, from %2&lt;br&gt;%n segment(s) came late: the lost one had to be resent, and the ones after it, though they had arrived, waited for it because TCP hands bytes over only in order (head-of-line blocking).</source>
        <translation>
            <numerusform>&lt;b&gt;等待丢失的报文段&lt;/b&gt;：%1，从 %2 开始&lt;br&gt;%n 个报文段迟到了：丢失的那个必须重传，而它之后的报文段虽然已经到达，也要等它，因为 TCP 只按顺序交付字节（队头阻塞）。</numerusform>
        </translation>
    </message>
    <message>
        <source>opened at %1</source>
        <translation>于 %1 打开</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s) so far, in %1 row(s)</source>
        <translation>
            <numerusform>到目前为止共 %n 个流，分布在 %1 行中</numerusform>
        </translation>
    </message>
    <message>
        <source>closed at %1</source>
        <translation>于 %1 关闭</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>&lt;i&gt;Lost on the way: the receiver never got this datagram. QUIC sends the frames it carried again, in new packets, once it finds the loss.&lt;/i&gt;</source>
        <translation>&lt;i&gt;途中丢失：接收方从未收到这个数据报。QUIC 发现丢包后，会把它所携带的帧放进新的数据包中重新发送。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Waited %1 behind a lost packet: later bytes of this stream had arrived, but QUIC hands a stream&apos;s bytes over only in order. Other streams went on.&lt;/i&gt;</source>
        <translation>&lt;i&gt;因一个丢失的数据包等待了 %1：该流后面的字节已经到达，但 QUIC 只按顺序交付一个流的字节。其他流照常进行。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>held back behind a lost packet (its stream only)</source>
        <translation>被阻塞在丢失的数据包之后（仅限其所在的流）</translation>
    </message>
    <message>
        <source>top: client → server, bottom: server → client</source>
        <translation>上：客户端 → 服务器，下：服务器 → 客户端</translation>
    </message>
</context>
<context>
    <name>protoviz::LessonPanel</name>
    <message>
        <source>This step asks no question.</source>
        <translation>这一步没有提问。</translation>
    </message>
    <message>
        <source>The run this question is about is not over yet.</source>
        <translation>本题所涉及的运行尚未结束。</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>how long a lesson takes</comment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Waits for the scenario &quot;%1&quot;.</source>
        <translation>等待场景“%1”。</translation>
    </message>
    <message>
        <source>Choose a lesson above. Each one runs live sessions, stops where something happens and asks you to predict what the run will measure.</source>
        <translation>请在上方选择一个课程。每个课程都会运行实时会话，在发生关键事件时暂停，并请你预测这次运行将测得什么。</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min)</source>
        <comment>a lesson and how long it takes</comment>
        <translation>
            <numerusform>%1（%n 分钟）</numerusform>
        </translation>
    </message>
    <message>
        <source>Waits for the scenario &quot;%1&quot;, which ProtoViz does not have yet.</source>
        <translation>等待场景“%1”，但 ProtoViz 目前还没有这个场景。</translation>
    </message>
    <message>
        <source>Running… watch the panes.</source>
        <translation>正在运行……请观察各窗格。</translation>
    </message>
    <message>
        <source>Answers now come from your own run, with the knobs you set.</source>
        <translation>现在的答案来自你自己的运行，使用的是你设置的参数。</translation>
    </message>
    <message>
        <source>That was the last step of this lesson.</source>
        <translation>这是本课程的最后一步。</translation>
    </message>
    <message>
        <source>Choose a lesson…</source>
        <translation>选择一个课程…</translation>
    </message>
    <message>
        <source>Every lesson runs live sessions; the greyed-out ones wait for a scenario</source>
        <translation>每个课程都运行实时会话；灰色的课程正在等待某个场景</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>下一步(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>The previous step (%1)</source>
        <translation>上一步（%1）</translation>
    </message>
    <message>
        <source>The next step (%1)</source>
        <translation>下一步（%1）</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>课程正文</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>protoviz::LessonPlayer</name>
    <message>
        <source>The run did not start. Change what the message said, then choose the step again.</source>
        <translation>运行没有启动。请按消息所说的进行修改，然后再次选择这一步。</translation>
    </message>
    <message>
        <source>This run has no event to select, so the inspector cannot show its field &quot;%1&quot;.</source>
        <translation>本次运行没有可选择的事件，因此检查器无法显示其字段“%1”。</translation>
    </message>
    <message>
        <source>The selected event has no field &quot;%1&quot;, so the inspector cannot show it.</source>
        <translation>所选事件没有字段“%1”，因此检查器无法显示它。</translation>
    </message>
    <message>
        <source>The run was replaced before it finished. Choose the step again to run it.</source>
        <translation>运行在结束之前被替换了。请再次选择这一步来运行它。</translation>
    </message>
</context>
<context>
    <name>protoviz::LessonQuestionView</name>
    <message>
        <source>The answer is measured when the run is over.</source>
        <translation>答案将在运行结束后测得。</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>请先选择一个答案。</translation>
    </message>
    <message>
        <source>Predict a number first.</source>
        <translation>请先预测一个数值。</translation>
    </message>
    <message>
        <source>Selects the event in its pane; the inspector shows its fields</source>
        <translation>在其窗格中选中该事件；检查器会显示它的字段</translation>
    </message>
    <message>
        <source>The panes no longer show the run this answer is about</source>
        <translation>各窗格已不再显示此答案所涉及的运行</translation>
    </message>
    <message>
        <source>This run cannot answer the question.</source>
        <translation>本次运行无法回答这个问题。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a predicted number and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>✓ Right: you predicted %1.</source>
        <translation>✓ 正确：你预测的是 %1。</translation>
    </message>
    <message>
        <source>✗ Not quite: you predicted %1.</source>
        <translation>✗ 不完全对：你预测的是 %1。</translation>
    </message>
    <message>
        <source>Measured in this run: %1.</source>
        <translation>本次运行测得：%1。</translation>
    </message>
    <message>
        <source>✓ Right.</source>
        <translation>✓ 正确。</translation>
    </message>
    <message>
        <source>✗ Not quite.</source>
        <translation>✗ 不完全对。</translation>
    </message>
    <message>
        <source>In this run: %1</source>
        <translation>本次运行中：%1</translation>
    </message>
    <message>
        <source>The answer: %1</source>
        <translation>答案：%1</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>揭晓(&amp;R)</translation>
    </message>
    <message>
        <source>Show the answer this run measured, and why</source>
        <translation>显示本次运行测得的答案及其原因</translation>
    </message>
    <message>
        <source>Show the &amp;event that proves it</source>
        <translation>显示证明它的事件(&amp;E)</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>protoviz::Link</name>
    <message>
        <source>The link could not listen on %1 port %2: %3</source>
        <translation>链路无法在 %1 端口 %2 上监听：%3</translation>
    </message>
</context>
<context>
    <name>protoviz::LoadBalancer</name>
    <message>
        <source>The load balancer has no server instances to send connections to.</source>
        <translation>负载均衡器没有可以转发连接的服务器实例。</translation>
    </message>
    <message>
        <source>The load balancer cannot listen on 127.0.0.1: %1</source>
        <translation>负载均衡器无法在 127.0.0.1 上监听：%1</translation>
    </message>
    <message>
        <source>The load balancer sends connection %1 to instance %2 of %3 (round robin: each new connection goes to the next instance).</source>
        <translation>负载均衡器把连接 %1 发给实例 %2（共 %3 个实例；轮询调度 round robin：每条新连接都发往下一个实例）。</translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation>实例 %1</translation>
    </message>
    <message>
        <source>The load balancer is done with connection %1: it relayed %2 bytes to instance %3 and %4 bytes back.</source>
        <translation>负载均衡器已处理完连接 %1：它向实例 %3 转发了 %2 字节，并转回了 %4 字节。</translation>
    </message>
</context>
<context>
    <name>protoviz::LongPoller</name>
    <message>
        <source>Client %1&apos;s poll failed: %2</source>
        <translation>客户端 %1 的轮询失败：%2</translation>
    </message>
    <message>
        <source>Client %1&apos;s poll was answered %2.</source>
        <translation>客户端 %1 的轮询得到了 %2 的回复。</translation>
    </message>
</context>
<context>
    <name>protoviz::MainWindow</name>
    <message>
        <source>Some lessons could not be read</source>
        <translation>部分课程无法读取</translation>
    </message>
    <message>
        <source>These lessons are left out:</source>
        <translation>以下课程未被载入：</translation>
    </message>
    <message>
        <source>About ProtoViz</source>
        <translation>关于 ProtoViz</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ProtoViz&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Live sessions on real protocol stacks (OpenSSL, nghttp2, Qt WebSockets, Protobuf) over an emulated link on 127.0.0.1. Every view is drawn from the events the session recorded: nothing is a canned animation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ProtoViz&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;在 127.0.0.1 上的模拟链路上，基于真实协议栈（OpenSSL、nghttp2、Qt WebSockets、Protobuf）运行实时会话。每个视图都根据会话记录的事件绘制：没有任何预制动画。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ProtoViz</source>
        <translation>ProtoViz</translation>
    </message>
    <message>
        <source>ProtoViz — %1</source>
        <translation>ProtoViz — %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>术语表(&amp;G)</translation>
    </message>
    <message>
        <source>Look up the terms lessons and views use</source>
        <translation>查询课程和视图中使用的术语</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>回放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run both sessions live (Ctrl+R)</source>
        <translation>实时运行两个会话（Ctrl+R）</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the running sessions (Esc)</source>
        <translation>停止正在运行的会话（Esc）</translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation>打开录制(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save recording…</source>
        <translation>保存录制(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export view as PNG or SVG…</source>
        <translation>将视图导出为 PNG 或 SVG(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>泳道(&amp;L)</translation>
    </message>
    <message>
        <source>La&amp;dder</source>
        <translation>时序图(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Tiles</source>
        <translation>图块(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>事件(&amp;E)</translation>
    </message>
    <message>
        <source>Ea&amp;vesdropper</source>
        <translation>窃听者(&amp;V)</translation>
    </message>
    <message>
        <source>Connections and streams over time (Ctrl+1)</source>
        <translation>随时间变化的连接和流（Ctrl+1）</translation>
    </message>
    <message>
        <source>Who sent what, when: the sequence diagram (Ctrl+2)</source>
        <translation>谁在何时发送了什么：时序图（Ctrl+2）</translation>
    </message>
    <message>
        <source>The page&apos;s objects filling in (Ctrl+3)</source>
        <translation>页面对象逐步加载（Ctrl+3）</translation>
    </message>
    <message>
        <source>Every event as a list (Ctrl+4)</source>
        <translation>以列表显示所有事件（Ctrl+4）</translation>
    </message>
    <message>
        <source>What someone on the link reads, and what an attacker changed (Ctrl+5)</source>
        <translation>链路上的人能读到什么，以及攻击者改动了什么（Ctrl+5）</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in on time (+)</source>
        <translation>放大时间轴（+）</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>缩小（−）</translation>
    </message>
    <message>
        <source>&amp;Fit everything</source>
        <translation>全部显示(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole session (0)</source>
        <translation>显示整个会话（0）</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen with large fonts, for a projector (F11)</source>
        <translation>全屏并使用大字体，适合投影仪（F11）</translation>
    </message>
    <message>
        <source>&amp;Light, high contrast</source>
        <translation>浅色，高对比度(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark, high contrast</source>
        <translation>深色，高对比度(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Play or pause</source>
        <translation>播放或暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Step &amp;back to the previous event</source>
        <translation>后退到上一个事件(&amp;B)</translation>
    </message>
    <message>
        <source>Step &amp;forward to the next event</source>
        <translation>前进到下一个事件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>减速(&amp;S)</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>加速(&amp;A)</translation>
    </message>
    <message>
        <source>Follow &amp;live</source>
        <translation>跟随实时(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>课程(&amp;L)…</translation>
    </message>
    <message>
        <source>Guided lessons on live runs, with questions (Ctrl+L)</source>
        <translation>基于实时运行的引导式课程，附带问题（Ctrl+L）</translation>
    </message>
    <message>
        <source>&amp;Quiz…</source>
        <translation>测验(&amp;Q)…</translation>
    </message>
    <message>
        <source>Interview practice: questions drawn from every topic</source>
        <translation>面试练习：从所有主题中抽取的问题</translation>
    </message>
    <message>
        <source>&amp;Trade-offs…</source>
        <translation>权衡(&amp;T)…</translation>
    </message>
    <message>
        <source>When to pick each protocol, and when not</source>
        <translation>何时该选用各个协议，何时不该</translation>
    </message>
    <message>
        <source>&amp;About ProtoViz</source>
        <translation>关于 ProtoViz(&amp;A)</translation>
    </message>
    <message>
        <source>Pick a scenario and press Run. Sessions run live on 127.0.0.1.</source>
        <translation>选择一个场景并按“运行”。会话在 127.0.0.1 上实时运行。</translation>
    </message>
    <message>
        <source>Cannot run</source>
        <translation>无法运行</translation>
    </message>
    <message>
        <source>Running %1 live…</source>
        <translation>正在实时运行 %1…</translation>
    </message>
    <message>
        <source>Finished. Press Space to replay, ← and → to step through the events.</source>
        <translation>已完成。按空格键重放，按 ← 和 → 逐个查看事件。</translation>
    </message>
    <message>
        <source>Cannot open the recording</source>
        <translation>无法打开录制</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n session(s).</source>
        <translation>
            <numerusform>已打开 %1：%n 个会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing a recorded run of %1. Press Space to replay it, ← and → to step through the events.</source>
        <translation>正在显示 %1 的一次录制运行。按空格键重放，按 ← 和 → 逐个查看事件。</translation>
    </message>
    <message>
        <source>Cannot save the recording</source>
        <translation>无法保存录制</translation>
    </message>
    <message>
        <source>There is no session to save yet.</source>
        <translation>还没有可以保存的会话。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export the view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
    <message>
        <source>Open a recording</source>
        <translation>打开录制</translation>
    </message>
    <message>
        <source>ProtoViz recordings (*.json);;All files (*)</source>
        <translation>ProtoViz 录制 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the recording</source>
        <translation>保存录制</translation>
    </message>
    <message>
        <source>ProtoViz recordings (*.json)</source>
        <translation>ProtoViz 录制 (*.json)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Scenario and knobs</source>
        <translation>场景与参数</translation>
    </message>
</context>
<context>
    <name>protoviz::PageLoadSession</name>
    <message numerus="yes">
        <source>The page did not finish loading within %n second(s).</source>
        <translation>
            <numerusform>页面未能在 %n 秒内加载完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation>会话已停止。</translation>
    </message>
    <message>
        <source>HTTP/3 runs over QUIC, not TCP: its page loads have their own session.</source>
        <translation>HTTP/3 运行在 QUIC 而不是 TCP 之上：它的页面加载有专门的会话。</translation>
    </message>
</context>
<context>
    <name>protoviz::PageLoader</name>
    <message>
        <source>The server answered %1 for request %2.</source>
        <translation>服务器对请求 %2 回复了 %1。</translation>
    </message>
    <message>
        <source>The page could not be loaded: %1</source>
        <translation>无法加载页面：%1</translation>
    </message>
    <message>
        <source>Object %1 could not be loaded: %2</source>
        <translation>无法加载对象 %1：%2</translation>
    </message>
</context>
<context>
    <name>protoviz::PlaybackBar</name>
    <message>
        <source>Previous event</source>
        <translation>上一个事件</translation>
    </message>
    <message>
        <source>Step back to the previous event of either session (←)</source>
        <translation>后退到任一会话的上一个事件（←）</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>下一个事件</translation>
    </message>
    <message>
        <source>Step forward to the next event of either session (→)</source>
        <translation>前进到任一会话的下一个事件（→）</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Follow the sessions as they run, in real time</source>
        <translation>实时跟随正在运行的会话</translation>
    </message>
    <message>
        <source>Drag to any moment of the run: every view shows what had happened by then</source>
        <translation>拖动到运行中的任意时刻：每个视图都会显示到那时为止发生的事情</translation>
    </message>
    <message>
        <source>The playback position and the end of the run, on the sessions&apos; shared clock</source>
        <translation>回放位置和运行的结束时刻，基于各会话共享的时钟</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>速度(&amp;S)</translation>
    </message>
    <message>
        <source>Replay speed: below 1× slows the run down so that each event can be followed</source>
        <translation>重放速度：低于 1× 会放慢运行，便于逐个跟踪事件</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause the replay (Space)</source>
        <translation>暂停重放（空格键）</translation>
    </message>
    <message>
        <source>Replay the run from here (Space)</source>
        <translation>从此处重放运行（空格键）</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <source>Playback time</source>
        <translation>播放时间</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>回放速度</translation>
    </message>
</context>
<context>
    <name>protoviz::PollingClient</name>
    <message>
        <source>Client %1&apos;s connection closed unexpectedly.</source>
        <translation>客户端 %1 的连接意外关闭。</translation>
    </message>
</context>
<context>
    <name>protoviz::PollingInstance</name>
    <message>
        <source>Server instance %1 cannot listen on 127.0.0.1: %2</source>
        <translation>服务器实例 %1 无法在 127.0.0.1 上监听：%2</translation>
    </message>
</context>
<context>
    <name>protoviz::PollingServer</name>
    <message>
        <source>The polling server cannot listen on 127.0.0.1: %1</source>
        <translation>轮询服务器无法在 127.0.0.1 上监听：%1</translation>
    </message>
</context>
<context>
    <name>protoviz::PollingSession</name>
    <message numerus="yes">
        <source>Not every update reached every client within %n second(s).</source>
        <translation>
            <numerusform>并非每条更新都在 %n 秒内送达每个客户端。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %1 clients are subscribed: the server publishes %2 updates a second for %n second(s).</source>
        <translation>
            <numerusform>全部 %1 个客户端都已订阅：服务器每秒发布 %2 条更新，持续 %n 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %1 clients are subscribed: they post %2 chat messages a second, taking turns, for %n second(s).</source>
        <translation>
            <numerusform>全部 %1 个客户端都已订阅：它们轮流每秒发送 %2 条聊天消息，持续 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation>会话已停止。</translation>
    </message>
</context>
<context>
    <name>protoviz::PubSubBroker</name>
    <message>
        <source>The pub/sub broker cannot listen on 127.0.0.1: %1</source>
        <translation>发布/订阅消息代理 (broker) 无法在 127.0.0.1 上监听：%1</translation>
    </message>
    <message>
        <source>broker</source>
        <translation>消息代理</translation>
    </message>
    <message numerus="yes">
        <source>The broker: connection %1 subscribed to the channel &quot;%2&quot;, which now has %n subscriber(s); every message published there goes to each of them.</source>
        <translation>
            <numerusform>消息代理 (broker)：连接 %1 订阅了频道“%2”，该频道现在有 %n 个订阅者；在那里发布的每条消息都会发给其中每一个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>protoviz::QuizDialog</name>
    <message>
        <source>Interview practice</source>
        <translation>面试练习</translation>
    </message>
    <message>
        <source>Questions are drawn at random from the topics you choose. Live questions first run their scenario, and their answer is measured on that run.</source>
        <translation>问题从你选择的主题中随机抽取。实时问题会先运行其场景，答案在那次运行中测得。</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n question(s))</source>
        <translation>
            <numerusform>%1（%n 道题）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Timed</source>
        <translation>计时(&amp;T)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Include &amp;live questions (each runs its scenario first, for a few seconds)</source>
        <translation>包含实时问题(&amp;L)（每道题先运行其场景几秒钟）</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>问题数(&amp;Q)：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>作答(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the results as Markdown (.md) or PDF (.pdf)</source>
        <translation>将结果保存为 Markdown（.md）或 PDF（.pdf）</translation>
    </message>
    <message>
        <source>&amp;New quiz</source>
        <translation>新测验(&amp;N)</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>第 %1 题，共 %2 题 · %3</translation>
    </message>
    <message>
        <source>The scenario for this question cannot run: %1</source>
        <translation>本题的场景无法运行：%1</translation>
    </message>
    <message>
        <source>Running the scenario for this question…</source>
        <translation>正在运行本题的场景…</translation>
    </message>
    <message>
        <source>Your answer is in. The scenario for this question is still running; the answer is measured on it when it is over…</source>
        <translation>你的答案已提交。本题的场景仍在运行；运行结束后将在其上测得答案……</translation>
    </message>
    <message>
        <source>✔ Right.</source>
        <translation>✔ 正确。</translation>
    </message>
    <message>
        <source>✘ Not quite.</source>
        <translation>✘ 不完全对。</translation>
    </message>
    <message>
        <source>**Measured answer:** %1</source>
        <translation>**测得的答案：** %1</translation>
    </message>
    <message>
        <source>**Answer:** %1</source>
        <translation>**答案：** %1</translation>
    </message>
    <message>
        <source>See the &amp;results</source>
        <translation>查看结果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>下一题(&amp;N)</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation>剩余时间：%1:%2</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>时间到</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>%2 题中答对 %1 题</translation>
    </message>
    <message numerus="yes">
        <source>The time ran out: %n question(s) had no answer and count as wrong.</source>
        <translation>
            <numerusform>时间已用完：%n 道题未作答，按答错计。</numerusform>
        </translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待复习</translation>
    </message>
    <message>
        <source>Every answer was right: nothing to review.</source>
        <translation>所有答案都正确：没有需要复习的内容。</translation>
    </message>
    <message>
        <source>(no answer: time ran out)</source>
        <translation>（未作答：时间已用完）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a predicted number and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>**Your answer:** %1</source>
        <translation>**你的答案：** %1</translation>
    </message>
    <message>
        <source>**Right answer:** %1</source>
        <translation>**正确答案：** %1</translation>
    </message>
    <message>
        <source>Show the run</source>
        <translation>显示运行</translation>
    </message>
    <message>
        <source>Show the run this answer was measured on in the main window</source>
        <translation>在主窗口中显示测得此答案的那次运行</translation>
    </message>
    <message>
        <source>Cannot show the run</source>
        <translation>无法显示运行</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>quiz-results.md</source>
        <translation>quiz-results.md</translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF (*.pdf)</source>
        <translation>Markdown (*.md);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>ProtoViz quiz</source>
        <translation>ProtoViz 测验</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>新测验</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时间限制</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>题目数量</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>Running the question&apos;s scenario</source>
        <translation>正在运行该题的场景</translation>
    </message>
    <message>
        <source>Answer and explanation</source>
        <translation>答案与解析</translation>
    </message>
    <message>
        <source>Answers to review</source>
        <translation>待复查的答案</translation>
    </message>
</context>
<context>
    <name>protoviz::RecordingStream</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>protoviz::RelayedConnection</name>
    <message>
        <source>The link could not open a socket towards the server: %1</source>
        <translation>链路无法打开通往服务器的套接字：%1</translation>
    </message>
    <message>
        <source>The link could not connect to the server at %1 port %2: %3</source>
        <translation>链路无法连接到服务器 %1 端口 %2：%3</translation>
    </message>
    <message>
        <source>The server could not take the connection.</source>
        <translation>服务器无法接受该连接。</translation>
    </message>
</context>
<context>
    <name>protoviz::RestWorkload</name>
    <message>
        <source>Item %1 could not be fetched: %2</source>
        <translation>无法获取条目 %1：%2</translation>
    </message>
    <message>
        <source>GET %1 answered %2.</source>
        <translation>GET %1 回复了 %2。</translation>
    </message>
    <message>
        <source>GET %1 answered %2 where %3 was asked for.</source>
        <translation>GET %1 回复了 %2，而请求的是 %3。</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>无内容类型</translation>
    </message>
    <message>
        <source>GET %1 did not answer item %2: %3</source>
        <translation>GET %1 没有返回条目 %2：%3</translation>
    </message>
    <message>
        <source>the body is not the Protobuf of that item.</source>
        <translation>正文不是该条目的 Protobuf。</translation>
    </message>
    <message>
        <source>it has no JSON form.</source>
        <translation>它没有 JSON 形式。</translation>
    </message>
    <message>
        <source>the body is the JSON of another item.</source>
        <translation>正文是另一个条目的 JSON。</translation>
    </message>
</context>
<context>
    <name>protoviz::ScalingSession</name>
    <message numerus="yes">
        <source>The chat did not finish within %n second(s).</source>
        <translation>
            <numerusform>聊天未能在 %n 秒内完成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>instance %1 holds %n of them</source>
        <translation>
            <numerusform>其中 %n 个由实例 %1 持有</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %1 clients are in the chat (%2): they post %3 messages a second, taking turns, for %n second(s), and each message should reach every client.</source>
        <translation>
            <numerusform>全部 %1 个客户端都已加入聊天（%2）：它们轮流每秒发送 %3 条消息，持续 %n 秒，每条消息都应送达每个客户端。</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 deliveries arrived: each instance published every message to the broker, which passed it to both instances (%2 messages forwarded), and each sent it to its own clients.</source>
        <translation>全部 %1 次投递均已到达：每个实例都把每条消息发布到消息代理 (broker)，由它转交给两个实例（共转发 %2 条消息），每个实例再把消息发给自己的客户端。</translation>
    </message>
    <message>
        <source>All %1 deliveries arrived.</source>
        <translation>全部 %1 次投递均已到达。</translation>
    </message>
    <message>
        <source>%1 of %2 deliveries did not arrive in time (%3 % did).</source>
        <translation>%2 次投递中有 %1 次未能及时到达（%3 % 到达）。</translation>
    </message>
    <message>
        <source>%1 of %2 deliveries never reached clients on the other instance (%3 % arrived): each instance only knows its own connections, so a message goes only to the clients that the balancer happened to put on the same instance as its sender.</source>
        <translation>%2 次投递中有 %1 次始终未能到达另一实例上的客户端（%3 % 到达）：每个实例只知道自己的连接，因此一条消息只会发给恰好被负载均衡器分配到与发送者同一实例上的客户端。</translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation>会话已停止。</translation>
    </message>
</context>
<context>
    <name>protoviz::ScenarioControls</name>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Page and protocols</source>
        <translation>页面和协议</translation>
    </message>
    <message>
        <source>Updates (polling, WebSocket)</source>
        <translation>更新（轮询、WebSocket）</translation>
    </message>
    <message>
        <source>gRPC calls (gRPC-Web)</source>
        <translation>gRPC 调用（gRPC-Web）</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Each gRPC call&apos;s deadline, sent to the server as grpc-timeout; a call still running when it passes ends with DEADLINE_EXCEEDED.</source>
        <translation>每个 gRPC 调用的截止时间 (deadline)，以 grpc-timeout 发送给服务器；截止时间已过仍在运行的调用以 DEADLINE_EXCEEDED 结束。</translation>
    </message>
    <message>
        <source>How long the server works on each call: 0 ms on the first, rising to this on the last.</source>
        <translation>服务器处理每个调用所用的时间：第一个为 0 ms，逐渐增加，最后一个为此值。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>The client cancels each call still running after this long: CANCELLED, by RST_STREAM on HTTP/2, by closing the connection on HTTP/1.1.</source>
        <translation>客户端取消运行超过此时长的每个调用：结果为 CANCELLED；在 HTTP/2 上通过 RST_STREAM，在 HTTP/1.1 上通过关闭连接。</translation>
    </message>
    <message>
        <source>Round-trip time: how long a packet takes there and back.</source>
        <translation>往返时间：一个数据包往返一次所需的时间。</translation>
    </message>
    <message>
        <source>Each segment&apos;s delay varies randomly by up to this much.</source>
        <translation>每个报文段的延迟随机变化，最多变化这么多。</translation>
    </message>
    <message>
        <source>Bandwidth in each direction, e.g. 10mbit, 512kbit or unlimited.</source>
        <translation>每个方向的带宽，例如 10mbit、512kbit 或 unlimited。</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of data segments lost; TCP resends each after a timeout.</source>
        <translation>丢失的数据报文段所占比例；TCP 会在超时后重传每个丢失的报文段。</translation>
    </message>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Fix the random losses and jitter to repeat a run exactly.</source>
        <translation>固定随机丢包和抖动，以便精确重复一次运行。</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>A mixed page: the first object requested is this large, the others keep the object size, so you can watch small responses wait behind a slow one.</source>
        <translation>混合页面：请求的第一个对象有这么大，其他对象保持对象大小，这样你可以看到小响应排在慢响应之后等待。</translation>
    </message>
    <message>
        <source>How many HTTP/1.1 connections a browser opens to one host.</source>
        <translation>浏览器对一个主机打开多少条 HTTP/1.1 连接。</translation>
    </message>
    <message>
        <source>The newest TLS version the client offers in page loads.</source>
        <translation>客户端在页面加载中提供的最高 TLS 版本。</translation>
    </message>
    <message>
        <source>Clients that each receive every update.</source>
        <translation>客户端数量，每个客户端都接收每条更新。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Short polling asks this often whether there is news.</source>
        <translation>短轮询以此频率询问是否有新消息。</translation>
    </message>
    <message>
        <source>Bandwidth: %1</source>
        <translation>带宽：%1</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>场景(&amp;S)</translation>
    </message>
    <message>
        <source>Round tr&amp;ip:</source>
        <translation>往返时间(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Jitter:</source>
        <translation>抖动(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation>带宽(&amp;B)：</translation>
    </message>
    <message>
        <source>L&amp;oss:</source>
        <translation>丢包(&amp;O)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>种子(&amp;E)：</translation>
    </message>
    <message>
        <source>Objec&amp;ts:</source>
        <translation>对象数(&amp;T)：</translation>
    </message>
    <message>
        <source>Object si&amp;ze:</source>
        <translation>对象大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>Lar&amp;ge first object:</source>
        <translation>大的首个对象(&amp;G)：</translation>
    </message>
    <message>
        <source>HTTP/1.1 co&amp;nnections:</source>
        <translation>HTTP/1.1 连接数(&amp;N)：</translation>
    </message>
    <message>
        <source>Newest TLS &amp;version:</source>
        <translation>最高 TLS 版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Clients:</source>
        <translation>客户端数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Updates a second:</source>
        <translation>每秒更新数(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>持续时间(&amp;D)：</translation>
    </message>
    <message>
        <source>Poll ever&amp;y:</source>
        <translation>轮询间隔(&amp;Y)：</translation>
    </message>
    <message>
        <source>De&amp;adline:</source>
        <translation>截止时间(&amp;A)：</translation>
    </message>
    <message>
        <source>Server wor&amp;k up to:</source>
        <translation>服务器处理时间上限(&amp;K)：</translation>
    </message>
    <message>
        <source>Cancel a&amp;fter:</source>
        <translation>取消时间(&amp;F)：</translation>
    </message>
    <message>
        <source>HTTP/1.1 &amp;pipelining</source>
        <translation>HTTP/1.1 管线化(&amp;P)</translation>
    </message>
    <message>
        <source>HTTP/2 server pus&amp;h</source>
        <translation>HTTP/2 服务器推送(&amp;H)</translation>
    </message>
    <message>
        <source>T&amp;LS (HTTPS)</source>
        <translation>TLS (HTTPS)(&amp;L)</translation>
    </message>
    <message>
        <source>How many objects the page has, or items and calls an API scenario moves.</source>
        <translation>页面包含多少个对象，或 API 场景传输多少个条目和调用。</translation>
    </message>
    <message>
        <source>The bytes of each object or item.</source>
        <translation>每个对象或条目的字节数。</translation>
    </message>
    <message>
        <source>HTTP/1.1 sends requests back to back without waiting for each response.</source>
        <translation>HTTP/1.1 连续发送请求，不等待每个响应。</translation>
    </message>
    <message>
        <source>The HTTP/2 server pushes the page&apos;s objects along with the page.</source>
        <translation>HTTP/2 服务器随页面一起推送页面的对象。</translation>
    </message>
    <message>
        <source>Run the sessions over TLS (HTTPS, wss://) rather than in cleartext.</source>
        <translation>通过 TLS（HTTPS、wss://）而非明文运行会话。</translation>
    </message>
    <message>
        <source>Ticker updates, or chat messages, a second.</source>
        <translation>每秒的行情更新或聊天消息数。</translation>
    </message>
    <message>
        <source>How long the updates go on.</source>
        <translation>更新持续多长时间。</translation>
    </message>
    <message>
        <source>&amp;WebSocket compression (permessage-deflate)</source>
        <translation>WebSocket 压缩(&amp;W)（permessage-deflate）</translation>
    </message>
    <message>
        <source>The WebSocket clients offer permessage-deflate and the server accepts it: each message travels compressed (RSV1 set), and the statistics show the bytes saved.</source>
        <translation>WebSocket 客户端提议 permessage-deflate，服务器接受：每条消息都以压缩形式传输（设置 RSV1），统计中会显示节省的字节数。</translation>
    </message>
    <message>
        <source>Scenario description</source>
        <translation>场景说明</translation>
    </message>
    <message>
        <source>&amp;Reset to the scenario&apos;s defaults</source>
        <translation>恢复为场景默认值(&amp;R)</translation>
    </message>
    <message>
        <source>Set objects, sizes, protocols and updates to the values that show this scenario&apos;s point; the network stays as you set it.</source>
        <translation>将对象、大小、协议和更新设为能体现该场景要点的值；网络保持你的设置不变。</translation>
    </message>
    <message>
        <source>Reset to the scenario&apos;s defaults</source>
        <translation>恢复为场景默认值</translation>
    </message>
</context>
<context>
    <name>protoviz::SecuritySession</name>
    <message numerus="yes">
        <source>The login and the account page did not finish within %n second(s).</source>
        <translation>
            <numerusform>登录和账户页面未能在 %n 秒内完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>A passive eavesdropper on the link reads every byte that crosses it.</source>
        <translation>链路上的被动窃听者能读到经过它的每一个字节。</translation>
    </message>
    <message>
        <source>An attacker on the link will flip one byte of the account page (the balance) on its way to the client.</source>
        <translation>链路上的攻击者会在账户页面（余额）发往客户端的途中翻转它的一个字节。</translation>
    </message>
    <message>
        <source>The server answered with status %1.</source>
        <translation>服务器回复了状态 %1。</translation>
    </message>
    <message>
        <source>The login&apos;s response set no session cookie.</source>
        <translation>登录的响应没有设置会话 cookie。</translation>
    </message>
    <message>
        <source>The account page arrived as the server sent it.</source>
        <translation>账户页面原样到达，与服务器发送的一致。</translation>
    </message>
    <message numerus="yes">
        <source>The cleartext client accepted %n altered byte(s): nothing checks integrity.</source>
        <translation>
            <numerusform>明文客户端接受了 %n 个被篡改的字节：没有任何东西检查完整性。</numerusform>
        </translation>
    </message>
    <message>
        <source>The page reads %1 where the server sent %2.</source>
        <translation>页面显示的是 %1，而服务器发送的是 %2。</translation>
    </message>
    <message>
        <source>TLS&apos;s record MAC/AEAD tag failed on the altered record: the client sent bad_record_mac and closed. The altered page never reached the application.</source>
        <translation>被篡改的记录未能通过 TLS 的记录 MAC/AEAD 标签校验：客户端发送了 bad_record_mac 并关闭连接。被篡改的页面从未到达应用程序。</translation>
    </message>
    <message>
        <source>The connection closed early.</source>
        <translation>连接提前关闭了。</translation>
    </message>
    <message>
        <source>Logged in and read the account page.</source>
        <translation>已登录并读取了账户页面。</translation>
    </message>
    <message>
        <source>%1 port %2 talking to %3 port %4</source>
        <translation>%1 端口 %2 与 %3 端口 %4 通信</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>the session cookie</source>
        <translation>会话 cookie</translation>
    </message>
    <message>
        <source>The eavesdropper read %1 in the clear: HTTP carries them as plain text.</source>
        <translation>窃听者以明文读到了%1：HTTP 以纯文本传输它们。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>record sizes and timing</source>
        <translation>记录大小和时序</translation>
    </message>
    <message>
        <source>the server name %1 (SNI)</source>
        <translation>服务器名 %1（SNI）</translation>
    </message>
    <message>
        <source>the certificate of %1</source>
        <translation>%1 的证书</translation>
    </message>
    <message numerus="yes">
        <source>The eavesdropper read no secret: TLS encrypted %n byte(s) of records; it saw only %1.</source>
        <translation>
            <numerusform>窃听者没有读到任何机密：TLS 加密了 %n 字节的记录；它只看到了%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation>会话已停止。</translation>
    </message>
</context>
<context>
    <name>protoviz::SessionPane</name>
    <message>
        <source>%1: no session yet</source>
        <translation>%1：尚无会话</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>%1 · total %2 · first byte %3 · %n connection(s)</source>
        <translation>
            <numerusform>%1 · 总计 %2 · 首字节 %3 · %n 条连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n round trip(s)</source>
        <translation>
            <numerusform> · %n 次往返</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 bytes on the wire</source>
        <translation> · 线路上 %1 字节</translation>
    </message>
    <message>
        <source>%1: events</source>
        <translation>%1：事件</translation>
    </message>
    <message>
        <source>%1: what an eavesdropper reads</source>
        <translation>%1：窃听者读到的内容</translation>
    </message>
</context>
<context>
    <name>protoviz::SessionPollingClient</name>
    <message>
        <source>Client %1&apos;s connection closed unexpectedly.</source>
        <translation>客户端 %1 的连接意外关闭。</translation>
    </message>
    <message>
        <source>Client %1&apos;s handshake was answered %2 without a session id.</source>
        <translation>客户端 %1 的握手得到了 %2 的回复，但没有会话 ID。</translation>
    </message>
    <message numerus="yes">
        <source>Client %1 starts over: instance %2 opens session %3, which begins after update %4. The client had update %5, so it skipped %n update(s).</source>
        <translation>
            <numerusform>客户端 %1 重新开始：实例 %2 打开会话 %3，该会话从更新 %4 之后开始。客户端已有更新 %5，因此它跳过了 %n 条更新。</numerusform>
        </translation>
    </message>
    <message>
        <source>Client %1&apos;s poll for session %2 was refused: 400 &quot;%3&quot; from %4. That instance never saw the session; the client will start over with a new handshake.</source>
        <translation>客户端 %1 对会话 %2 的轮询被拒绝：%4 回复 400 &quot;%3&quot;。该实例从未见过这个会话；客户端将通过新的握手重新开始。</translation>
    </message>
    <message>
        <source>Client %1&apos;s poll was answered %2.</source>
        <translation>客户端 %1 的轮询得到了 %2 的回复。</translation>
    </message>
</context>
<context>
    <name>protoviz::ShootoutGrpcUpdates</name>
    <message>
        <source>The update stream (ListItems) ended with %1</source>
        <translation>更新流（ListItems）以 %1 结束</translation>
    </message>
    <message>
        <source>The update stream ended after %1 of %2 updates.</source>
        <translation>更新流在 %2 条更新中的 %1 条之后就结束了。</translation>
    </message>
    <message>
        <source>The update stream sent another item than %1.</source>
        <translation>更新流发送的是另一个条目，而不是 %1。</translation>
    </message>
    <message>
        <source>Update %1 arrived, but the server&apos;s sending of it is not on the timeline.</source>
        <translation>更新 %1 已到达，但服务器发送它的事件不在时间线上。</translation>
    </message>
</context>
<context>
    <name>protoviz::ShootoutHttp3Side</name>
    <message>
        <source>The server closed the QUIC connection.</source>
        <translation>服务器关闭了 QUIC 连接。</translation>
    </message>
</context>
<context>
    <name>protoviz::ShootoutSession</name>
    <message numerus="yes">
        <source>Not every answer and update arrived within %n second(s).</source>
        <translation>
            <numerusform>并非所有回答和更新都在 %n 秒内到达。</numerusform>
        </translation>
    </message>
    <message>
        <source>Send {&quot;get&quot;:N} to ask for item N.</source>
        <translation>发送 {&quot;get&quot;:N} 以请求条目 N。</translation>
    </message>
    <message numerus="yes">
        <source>Every answer is in: the server has news %1 times a second for %n second(s).</source>
        <translation>
            <numerusform>所有回答都已到达：服务器每秒有 %1 次新消息，持续 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation>会话已停止。</translation>
    </message>
</context>
<context>
    <name>protoviz::ShootoutWebSocketClient</name>
    <message>
        <source>The WebSocket closed unexpectedly (close code %1).</source>
        <translation>WebSocket 意外关闭（关闭码 %1）。</translation>
    </message>
    <message>
        <source>The server sent a message that is neither an update nor an item asked for.</source>
        <translation>服务器发送的消息既不是更新，也不是所请求的条目。</translation>
    </message>
</context>
<context>
    <name>protoviz::StatisticsChart</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
</context>
<context>
    <name>protoviz::StatisticsView</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Measured from the sessions&apos; events up to the playhead at %1 ms (of %2 ms).</source>
        <translation>根据各会话截至播放头 %1 ms 处（共 %2 ms）的事件测得。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 took %2: as long as %3.</source>
        <translation>%1 用时 %2：与 %3 相同。</translation>
    </message>
    <message>
        <source>%1 took %2: %3 % less time than %4 (%5).</source>
        <translation>%1 用时 %2：比 %4（%5）少 %3 %。</translation>
    </message>
    <message>
        <source>%1 took %2: %3 % more time than %4 (%5).</source>
        <translation>%1 用时 %2：比 %4（%5）多 %3 %。</translation>
    </message>
    <message>
        <source>within %1 with %2</source>
        <translation>%2 为 %1 以内</translation>
    </message>
    <message>
        <source>%1 of protocol overhead with %2</source>
        <translation>%2 为 %1 的协议开销</translation>
    </message>
    <message>
        <source>%1 sent %2 HTTP requests and %3 WebSocket frames</source>
        <translation>%1 发送了 %2 个 HTTP 请求和 %3 个 WebSocket 帧</translation>
    </message>
    <message>
        <source>Half of the updates reached their client %1.</source>
        <translation>一半的更新到达其客户端所用的时间：%1。</translation>
    </message>
    <message>
        <source>Each update cost %1.</source>
        <translation>每条更新的开销：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>%1 opened %2 connections and waited %3 round trips</source>
        <translation>%1 打开了 %2 条连接，等待了 %3 次往返</translation>
    </message>
    <message>
        <source>%1 %2 and %3</source>
        <translation>%1 为 %2 条和 %3 次</translation>
    </message>
    <message>
        <source>%1&apos;s items took %2 as Protobuf; as JSON they would take %3.</source>
        <translation>%1 的条目以 Protobuf 表示占 %2；以 JSON 表示将占 %3。</translation>
    </message>
    <message>
        <source>%1 sent its items as JSON: %2; as Protobuf they would take %3.</source>
        <translation>%1 以 JSON 发送其条目：%2；以 Protobuf 表示将占 %3。</translation>
    </message>
    <message>
        <source>HPACK saved %1 % of %2&apos;s header text.</source>
        <translation>HPACK 为 %2 节省了 %1 % 的头部文本。</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>kB</source>
        <translation>kB</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Delivery latency</source>
        <translation>投递延迟</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>95th pct.</source>
        <translation>第 95 百分位</translation>
    </message>
    <message>
        <source>max.</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Connections, requests, frames</source>
        <translation>连接、请求、帧</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>WS frames</source>
        <translation>WS 帧</translation>
    </message>
    <message>
        <source>Payload and overhead</source>
        <translation>载荷与开销</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <source>HTTP heads</source>
        <translation>HTTP 头</translation>
    </message>
    <message>
        <source>frame headers</source>
        <translation>帧头</translation>
    </message>
    <message>
        <source>control</source>
        <translation>控制</translation>
    </message>
    <message>
        <source>Bytes per delivered update</source>
        <translation>每条已投递更新的字节数</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>all on the wire</source>
        <translation>线路上的全部</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>to first byte</source>
        <translation>到首字节</translation>
    </message>
    <message>
        <source>Connections and round trips</source>
        <translation>连接和往返</translation>
    </message>
    <message>
        <source>round trips</source>
        <translation>往返</translation>
    </message>
    <message>
        <source>Bytes on the wire by kind</source>
        <translation>按类别统计的线路字节数</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>bodies</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>framing</source>
        <translation>分帧</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Items: as sent, as Protobuf, as JSON</source>
        <translation>条目：实际发送、Protobuf、JSON</translation>
    </message>
    <message>
        <source>as sent</source>
        <translation>实际发送</translation>
    </message>
    <message>
        <source>as Protobuf</source>
        <translation>Protobuf 形式</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>JSON 形式</translation>
    </message>
    <message>
        <source>Header compression (HPACK)</source>
        <translation>头部压缩（HPACK）</translation>
    </message>
    <message>
        <source>% of header text saved</source>
        <translation>节省的头部文本 %</translation>
    </message>
    <message>
        <source>header text saved</source>
        <translation>节省的头部文本</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 对比 %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Updates delivered</source>
        <translation>已投递更新</translation>
    </message>
    <message>
        <source>%1 (%2 distinct updates)</source>
        <translation>%1（%2 条不同的更新）</translation>
    </message>
    <message>
        <source>Latency, median</source>
        <translation>延迟，中位数</translation>
    </message>
    <message>
        <source>Latency, mean</source>
        <translation>延迟，平均值</translation>
    </message>
    <message>
        <source>Latency, 95th percentile</source>
        <translation>延迟，第 95 百分位</translation>
    </message>
    <message>
        <source>Latency, minimum</source>
        <translation>延迟，最小值</translation>
    </message>
    <message>
        <source>Latency, maximum</source>
        <translation>延迟，最大值</translation>
    </message>
    <message>
        <source>TCP connections</source>
        <translation>TCP 连接</translation>
    </message>
    <message>
        <source>HTTP requests</source>
        <translation>HTTP 请求</translation>
    </message>
    <message>
        <source>WebSocket frames</source>
        <translation>WebSocket 帧</translation>
    </message>
    <message>
        <source>Update payload bytes</source>
        <translation>更新载荷字节数</translation>
    </message>
    <message>
        <source>HTTP head bytes</source>
        <translation>HTTP 头字节数</translation>
    </message>
    <message>
        <source>WebSocket frame header bytes</source>
        <translation>WebSocket 帧头字节数</translation>
    </message>
    <message>
        <source>Control frame bytes</source>
        <translation>控制帧字节数</translation>
    </message>
    <message>
        <source>Overhead per delivered update</source>
        <translation>每条已投递更新的开销</translation>
    </message>
    <message>
        <source>Wire bytes per delivered update</source>
        <translation>每条已投递更新的线路字节数</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>✗</source>
        <translation>✗</translation>
    </message>
    <message>
        <source>A fact about the protocol and today&apos;s browsers, not measured.</source>
        <translation>关于该协议和当今浏览器的事实，并非测得。</translation>
    </message>
    <message>
        <source>Human-readable</source>
        <translation>人类可读</translation>
    </message>
    <message>
        <source>Browser-native</source>
        <translation>浏览器原生支持</translation>
    </message>
    <message>
        <source>Measured from this run&apos;s updates.</source>
        <translation>根据本次运行的更新测得。</translation>
    </message>
    <message>
        <source>Server push</source>
        <translation>服务器推送</translation>
    </message>
    <message>
        <source>No update has arrived yet.</source>
        <translation>还没有更新到达。</translation>
    </message>
    <message>
        <source>%1 of %2 updates arrived with no client request on their channel since the one before.</source>
        <translation>%2 条更新中有 %1 条到达时，自上一条以来其通道上没有任何客户端请求。</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>流式传输</translation>
    </message>
    <message>
        <source>%1 of %2 updates arrived on a response, call or connection that had already delivered an earlier one.</source>
        <translation>%2 条更新中有 %1 条是在已经投递过更早更新的响应、调用或连接上到达的。</translation>
    </message>
    <message>
        <source>Exchanges answered</source>
        <translation>已应答的交互</translation>
    </message>
    <message>
        <source>Request latency, median</source>
        <translation>请求延迟，中位数</translation>
    </message>
    <message>
        <source>Request latency, mean</source>
        <translation>请求延迟，平均值</translation>
    </message>
    <message>
        <source>Request latency, maximum</source>
        <translation>请求延迟，最大值</translation>
    </message>
    <message>
        <source>All exchanges done after</source>
        <translation>全部交互完成于</translation>
    </message>
    <message>
        <source>Update latency, median</source>
        <translation>更新延迟，中位数</translation>
    </message>
    <message>
        <source>Update latency, mean</source>
        <translation>更新延迟，平均值</translation>
    </message>
    <message>
        <source>Update latency, maximum</source>
        <translation>更新延迟，最大值</translation>
    </message>
    <message>
        <source>Client requests</source>
        <translation>客户端请求</translation>
    </message>
    <message>
        <source>Bytes on the wire</source>
        <translation>线路字节数</translation>
    </message>
    <message>
        <source>  client → server</source>
        <translation>  客户端 → 服务器</translation>
    </message>
    <message>
        <source>  server → client</source>
        <translation>  服务器 → 客户端</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>总时间</translation>
    </message>
    <message>
        <source>Time to first byte</source>
        <translation>首字节时间</translation>
    </message>
    <message>
        <source>Round trips</source>
        <translation>往返次数</translation>
    </message>
    <message>
        <source>Objects complete</source>
        <translation>已完成对象</translation>
    </message>
    <message>
        <source>%1 (%2 pushed)</source>
        <translation>%1（%2 个被推送）</translation>
    </message>
    <message>
        <source>  headers</source>
        <translation>  头部</translation>
    </message>
    <message>
        <source>  bodies</source>
        <translation>  正文</translation>
    </message>
    <message>
        <source>  HTTP framing</source>
        <translation>  HTTP 分帧</translation>
    </message>
    <message>
        <source>  TLS</source>
        <translation>  TLS</translation>
    </message>
    <message>
        <source>Header text saved</source>
        <translation>节省的头部文本</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Segments lost / held back</source>
        <translation>丢失 / 被阻塞的报文段</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Behind the server (proxy, balancer, broker)</source>
        <translation>服务器之后（代理、负载均衡器、消息代理）</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s), %1 bytes</source>
        <translation>
            <numerusform>%n 条连接，%1 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>gRPC calls (OK of all)</source>
        <translation>gRPC 调用（OK / 全部）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>gRPC messages sent / received</source>
        <translation>发送 / 接收的 gRPC 消息</translation>
    </message>
    <message>
        <source>API items</source>
        <translation>API 条目</translation>
    </message>
    <message>
        <source>Item bytes as sent</source>
        <translation>实际发送的条目字节数</translation>
    </message>
    <message>
        <source>The same items as Protobuf</source>
        <translation>相同条目的 Protobuf 形式</translation>
    </message>
    <message>
        <source>The same items as JSON</source>
        <translation>相同条目的 JSON 形式</translation>
    </message>
    <message>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <source>%1 against %2: %3</source>
        <translation>%1 对比 %2：%3</translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>无法写入图像 %1。</translation>
    </message>
    <message>
        <source>Drawn by ProtoViz from two live sessions&apos; events.</source>
        <translation>由 ProtoViz 根据两个实时会话的事件绘制。</translation>
    </message>
    <message>
        <source>Cannot write the drawing %1.</source>
        <translation>无法写入图形 %1。</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 条中的 %2 条）</translation>
    </message>
    <message>
        <source>%1 opened %2 and moved %3 bytes</source>
        <translation>%1 打开了 %2，传输了 %3 字节</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n 条连接</numerusform>
        </translation>
    </message>
    <message>
        <source>Half of the requests were answered %1.</source>
        <translation>一半的请求得到应答所用的时间：%1。</translation>
    </message>
    <message>
        <source>Half of the updates reached the client %1.</source>
        <translation>一半的更新到达客户端所用的时间：%1。</translation>
    </message>
    <message>
        <source>The server pushed updates unasked with %1.</source>
        <translation>服务器主动推送了更新，无需请求：%1。</translation>
    </message>
    <message>
        <source>Updates streamed on one carrier, each asked for, with %1.</source>
        <translation>更新在同一载体上以流的形式传输，但每条都需要请求：%1。</translation>
    </message>
    <message>
        <source>The client asked for every update anew with %1.</source>
        <translation>客户端每次都重新请求每条更新：%1。</translation>
    </message>
    <message>
        <source>Request latency</source>
        <translation>请求延迟</translation>
    </message>
    <message>
        <source>client → server</source>
        <translation>客户端 → 服务器</translation>
    </message>
    <message>
        <source>server → client</source>
        <translation>服务器 → 客户端</translation>
    </message>
    <message>
        <source>Update latency</source>
        <translation>更新延迟</translation>
    </message>
    <message>
        <source>%1 sent its headers uncompressed.</source>
        <translation>%1 发送了未压缩的头部。</translation>
    </message>
    <message>
        <source>Figures of the run, one column per side</source>
        <translation>本次运行的数据，每侧一列</translation>
    </message>
    <message>
        <source>Saved by compression</source>
        <translation>压缩节省</translation>
    </message>
    <message>
        <source>%1 bytes (%2 inflated, %3 on the wire)</source>
        <translation>%1 字节（解压后 %2，线路上 %3）</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>protoviz::TilesView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>图块</translation>
    </message>
    <message>
        <source>not published yet</source>
        <translation>尚未发布</translation>
    </message>
    <message>
        <source>published, no client has it yet</source>
        <translation>已发布，尚无客户端收到</translation>
    </message>
    <message>
        <source>reached some clients</source>
        <translation>已送达部分客户端</translation>
    </message>
    <message>
        <source>reached every client</source>
        <translation>已送达所有客户端</translation>
    </message>
    <message>
        <source>not asked for yet</source>
        <translation>尚未请求</translation>
    </message>
    <message>
        <source>asked for, request not sent yet</source>
        <translation>已请求，请求尚未发送</translation>
    </message>
    <message>
        <source>called, no answer yet</source>
        <translation>已调用，尚无回答</translation>
    </message>
    <message>
        <source>request sent, no answer yet</source>
        <translation>请求已发送，尚无回答</translation>
    </message>
    <message>
        <source>arriving</source>
        <translation>到达中</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>pushed by the server</source>
        <translation>由服务器推送</translation>
    </message>
    <message>
        <source>strip: the connection that carried it</source>
        <translation>色条：承载它的连接</translation>
    </message>
    <message>
        <source>No session yet</source>
        <translation>尚无会话</translation>
    </message>
    <message>
        <source>Run a scenario: the page&apos;s objects fill in here as each one arrives.</source>
        <translation>运行一个场景：页面的对象会在各自到达时填充到这里。</translation>
    </message>
    <message>
        <source>This scenario loads no page of objects: it makes a single request, and what it teaches happens in the handshake before it. The ladder and the lanes show it.</source>
        <translation>此场景不加载包含多个对象的页面：它只发出一个请求，它要讲解的内容发生在请求之前的握手中。时序图和泳道会展示这些内容。</translation>
    </message>
    <message>
        <source>%1 / %2 updates at every client</source>
        <translation>%1 / %2 条更新已送达每个客户端</translation>
    </message>
    <message>
        <source>%1 / %2 objects</source>
        <translation>%1 / %2 个对象</translation>
    </message>
    <message>
        <source>all in %1</source>
        <translation>全部在 %1 内完成</translation>
    </message>
    <message>
        <source>%1 pushed</source>
        <translation>%1 个被推送</translation>
    </message>
    <message>
        <source>Object %1 of %2</source>
        <translation>对象 %1 / %2</translation>
    </message>
    <message>
        <source>Not asked for yet: the page has not come to it.</source>
        <translation>尚未请求：页面还没有轮到它。</translation>
    </message>
    <message>
        <source>Promised by the server at %1 (PUSH_PROMISE on stream %2 of connection %3).</source>
        <translation>服务器于 %1 承诺推送（连接 %3 的流 %2 上的 PUSH_PROMISE）。</translation>
    </message>
    <message>
        <source>Asked for at %1.</source>
        <translation>于 %1 请求。</translation>
    </message>
    <message>
        <source>Request sent at %1 on connection %2, request %3 on it.</source>
        <translation>请求于 %1 在连接 %2 上发送，是该连接上的第 %3 个请求。</translation>
    </message>
    <message>
        <source>It waited %1 in the browser for a free connection.</source>
        <translation>它在浏览器中等待了 %1，直到有空闲连接。</translation>
    </message>
    <message>
        <source>First byte of the answer at %1.</source>
        <translation>回答的首字节于 %1 到达。</translation>
    </message>
    <message>
        <source>Complete at %1: %2 bytes; took %3 from being asked for.</source>
        <translation>于 %1 完成：%2 字节；从请求起用时 %3。</translation>
    </message>
    <message>
        <source>Arriving: %1 % of the body so far.</source>
        <translation>到达中：已收到正文的 %1 %。</translation>
    </message>
    <message>
        <source>Waiting for the answer: %1 so far.</source>
        <translation>等待回答：已等待 %1。</translation>
    </message>
    <message>
        <source>Waiting in the browser: %1 so far.</source>
        <translation>在浏览器中等待：已等待 %1。</translation>
    </message>
    <message>
        <source>The server sent it along with the page, before the browser could ask: no request, no round trip.</source>
        <translation>服务器在浏览器请求之前就把它随页面一起发送：没有请求，也没有往返。</translation>
    </message>
    <message>
        <source>HTTP/1.1 carries one request at a time on a connection: this one waits until a connection is free.</source>
        <translation>HTTP/1.1 在一条连接上一次只承载一个请求：这个请求要等到有空闲连接。</translation>
    </message>
    <message>
        <source>HTTP/1.1: this connection carried nothing else until the answer was complete.</source>
        <translation>HTTP/1.1：在回答完成之前，这条连接不承载任何其他内容。</translation>
    </message>
    <message>
        <source>Update %1 of %2</source>
        <translation>更新 %1 / %2</translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation>尚未发布。</translation>
    </message>
    <message>
        <source>Published by the server at %1.</source>
        <translation>服务器于 %1 发布。</translation>
    </message>
    <message>
        <source>No client has it yet: %1 so far.</source>
        <translation>尚无客户端收到：已过 %1。</translation>
    </message>
    <message>
        <source>Reached %1 of %2 clients; the first after %3, the latest after %4.</source>
        <translation>已送达 %2 个客户端中的 %1 个；最早的在 %3 后，最晚的在 %4 后。</translation>
    </message>
    <message>
        <source>%1 bytes of payload.</source>
        <translation>%1 字节载荷。</translation>
    </message>
    <message>
        <source>The delay from the server having the update to a client having it: polling waits for the next request, a WebSocket carries it at once.</source>
        <translation>从服务器拥有该更新到客户端拥有它之间的延迟：轮询要等下一个请求，WebSocket 则立即传送。</translation>
    </message>
    <message>
        <source>Request sent at %1 as %2 stream %3 on connection %4.</source>
        <translation>请求于 %1 作为 %2 流 %3 在连接 %4 上发送。</translation>
    </message>
    <message>
        <source>%1 multiplexes every request as its own stream on one connection: none waits for another.</source>
        <translation>%1 将每个请求作为独立的流在一条连接上多路复用：任何请求都无需等待其他请求。</translation>
    </message>
</context>
<context>
    <name>protoviz::Timeline</name>
    <message numerus="yes">
        <source>%n other kind(s)</source>
        <translation>
            <numerusform>另外 %n 种</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 events (%2) before %3 s were dropped to stay within the event budget of %4 MiB; %L5 dropped since the start.</source>
        <translation>为了不超出 %4 MiB 的事件预算，%3 s 之前的 %L1 个事件（%2）已被丢弃；自开始以来共丢弃 %L5 个。</translation>
    </message>
</context>
<context>
    <name>protoviz::TimelineCanvas</name>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>无法写入图像 %1。</translation>
    </message>
    <message>
        <source>Drawn by ProtoViz from a live session&apos;s events.</source>
        <translation>由 ProtoViz 根据一个实时会话的事件绘制。</translation>
    </message>
    <message>
        <source>Cannot write the drawing %1.</source>
        <translation>无法写入图形 %1。</translation>
    </message>
</context>
<context>
    <name>protoviz::TimelineModel</name>
    <message>
        <source>link</source>
        <translation>链路</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>时间 (ms)</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>观察方</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>流</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>stream %1</source>
        <translation>流 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>连接 %1</translation>
    </message>
</context>
<context>
    <name>protoviz::TlsHandshakeSession</name>
    <message numerus="yes">
        <source>The handshake and its request did not finish within %n second(s).</source>
        <translation>
            <numerusform>握手及其请求未能在 %n 秒内完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first connection, made to obtain a session ticket, did not get one: %1</source>
        <translation>为获取会话票据（session ticket）而建立的第一条连接没有得到票据：%1</translation>
    </message>
    <message>
        <source>The server&apos;s session ticket does not allow early data.</source>
        <translation>服务器的会话票据不允许早期数据（early data）。</translation>
    </message>
    <message>
        <source>Before the clock started, a first connection (straight to the server, not recorded) completed a full handshake and received a session ticket. This connection resumes that session: the server sends no certificate, and the keys grow from the secret the ticket stands for.</source>
        <translation>在计时开始之前，第一条连接（直连服务器，未被记录）完成了一次完整握手并收到了会话票据。这条连接恢复该会话：服务器不发送证书，密钥由票据所代表的秘密派生而来。</translation>
    </message>
    <message>
        <source>Its request travels as 0-RTT early data, together with the ClientHello.</source>
        <translation>它的请求作为 0-RTT 早期数据，与 ClientHello 一起发送。</translation>
    </message>
    <message>
        <source>The response arrived.</source>
        <translation>响应已到达。</translation>
    </message>
    <message>
        <source>The server answered with status %1.</source>
        <translation>服务器回复了状态 %1。</translation>
    </message>
    <message>
        <source>The session was stopped.</source>
        <translation>会话已停止。</translation>
    </message>
</context>
<context>
    <name>protoviz::TradeoffCardsDialog</name>
    <message>
        <source>Trade-off cards</source>
        <translation>权衡卡片</translation>
    </message>
    <message>
        <source>No trade-off cards are installed.</source>
        <translation>未安装任何权衡卡片。</translation>
    </message>
    <message>
        <source>Pick it when</source>
        <translation>适用场景</translation>
    </message>
    <message>
        <source>Avoid it when</source>
        <translation>避免场景</translation>
    </message>
    <message>
        <source>Say it in an interview</source>
        <translation>面试时这样说</translation>
    </message>
    <message>
        <source>Run it</source>
        <translation>运行它</translation>
    </message>
    <message>
        <source>Runs &quot;%1&quot; in the main window</source>
        <translation>在主窗口中运行“%1”</translation>
    </message>
    <message>
        <source>Runs &quot;%1&quot; with %2 in the main window</source>
        <translation>在主窗口中以 %2 运行“%1”</translation>
    </message>
    <message>
        <source>Run it: %1</source>
        <translation>运行：%1</translation>
    </message>
</context>
<context>
    <name>protoviz::ViewTheme</name>
    <message>
        <source>HEADERS</source>
        <translation>HEADERS</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>PUSH_PROMISE</source>
        <translation>PUSH_PROMISE</translation>
    </message>
    <message>
        <source>request or response head</source>
        <translation>请求头或响应头</translation>
    </message>
    <message>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>segment in flight</source>
        <translation>传输中的报文段</translation>
    </message>
    <message>
        <source>lost segment</source>
        <translation>丢失的报文段</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>call headers, trailers</source>
        <translation>调用头部、trailers</translation>
    </message>
    <message>
        <source>TCP handshake</source>
        <translation>TCP 握手</translation>
    </message>
    <message>
        <source>FIN: done sending</source>
        <translation>FIN：发送完毕</translation>
    </message>
    <message>
        <source>RST: connection aborted</source>
        <translation>RST：连接中止</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS 握手</translation>
    </message>
    <message>
        <source>application data (encrypted)</source>
        <translation>应用数据（已加密）</translation>
    </message>
    <message>
        <source>close_notify, warning alert</source>
        <translation>close_notify、警告告警</translation>
    </message>
    <message>
        <source>fatal alert, error</source>
        <translation>致命告警、错误</translation>
    </message>
    <message>
        <source>SETTINGS, PING, WINDOW_UPDATE</source>
        <translation>SETTINGS、PING、WINDOW_UPDATE</translation>
    </message>
    <message>
        <source>RST_STREAM, GOAWAY</source>
        <translation>RST_STREAM、GOAWAY</translation>
    </message>
    <message>
        <source>WebSocket frame</source>
        <translation>WebSocket 帧</translation>
    </message>
    <message>
        <source>WebSocket close</source>
        <translation>WebSocket 关闭</translation>
    </message>
    <message>
        <source>gRPC message</source>
        <translation>gRPC 消息</translation>
    </message>
    <message>
        <source>session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>datagram in flight</source>
        <translation>传输中的数据报</translation>
    </message>
    <message>
        <source>lost datagram</source>
        <translation>丢失的数据报</translation>
    </message>
</context>
<context>
    <name>protoviz::WebServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 端口 %2 上监听：%3</translation>
    </message>
    <message numerus="yes">
        <source>The client sent %n byte(s) that begin the HTTP/2 preface, then nothing for %1 seconds; the connection is closed.</source>
        <translation>
            <numerusform>客户端发送了 %n 个字节作为 HTTP/2 前言的开头，之后 %1 秒内再无任何内容；连接被关闭。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not serve TLS.</source>
        <translation>服务器不提供 TLS 服务。</translation>
    </message>
    <message>
        <source>The server does not serve cleartext.</source>
        <translation>服务器不提供明文服务。</translation>
    </message>
    <message>
        <source>The TLS handshake was not complete %1 s after the connection was accepted (handshake timeout); the connection is closed.</source>
        <translation>连接被接受 %1 s 后 TLS 握手仍未完成（握手超时）；连接已关闭。</translation>
    </message>
    <message>
        <source>Idle connection limit %1 reached: the server closed this connection, the one idle longest (%2 s since it was accepted, without a byte from the client).</source>
        <translation>已达到空闲连接上限 %1：服务器关闭了此连接，即空闲最久的连接（自被接受以来已 %2 s，客户端未发送任何字节）。</translation>
    </message>
    <message>
        <source>Idle connection limit %1 reached: the server closed this HTTP/1.1 connection, the one idle longest (%2 s without a request).</source>
        <translation>已达到空闲连接上限 %1：服务器关闭了此 HTTP/1.1 连接，即空闲最久的连接（已 %2 s 没有请求）。</translation>
    </message>
    <message>
        <source>Idle connection limit %1 reached: the server closed this HTTP/2 connection with GOAWAY (NO_ERROR), the one idle longest (%2 s without an open stream).</source>
        <translation>已达到空闲连接上限 %1：服务器以 GOAWAY (NO_ERROR) 关闭了此 HTTP/2 连接，即空闲最久的连接（已 %2 s 没有打开的流）。</translation>
    </message>
</context>
<context>
    <name>protoviz::WebSocketClient</name>
    <message>
        <source>The WebSocket client cannot listen on loopback: %1</source>
        <translation>WebSocket 客户端无法在环回接口上监听：%1</translation>
    </message>
</context>
<context>
    <name>protoviz::WebSocketParticipant</name>
    <message>
        <source>Client %1&apos;s WebSocket closed unexpectedly (close code %2).</source>
        <translation>客户端 %1 的 WebSocket 意外关闭（关闭码 %2）。</translation>
    </message>
</context>
</TS>
