<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>#{id} · {account} · {author} (followers {followers})
{text}</source>
        <translation>#{id} · {account} · {author}（粉丝 {followers}）
{text}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(the team&apos;s routing)</source>
        <translation>（按团队分配规则）</translation>
    </message>
    <message>
        <source>*No style guide yet: write down this account&apos;s voice so a substitute editor keeps it.*</source>
        <translation>*还没有口吻指南：写下这个账号的说话方式，代班编辑才能保持同一个声音。*</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>1–4 hours</source>
        <translation>1–4 小时</translation>
    </message>
    <message>
        <source>4–24 hours</source>
        <translation>4–24 小时</translation>
    </message>
    <message>
        <source>; {n} failed (see Accounts)</source>
        <translation>；{n} 个失败（见“账号”）</translation>
    </message>
    <message>
        <source>; {n} wait for the platform&apos;s call limit until {time}</source>
        <translation>；{n} 个账号因平台调用次数上限，等到 {time} 再同步</translation>
    </message>
    <message>
        <source>A campaign named {name} already exists.</source>
        <translation>已有名为 {name} 的活动。</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>活动需要一个名称。</translation>
    </message>
    <message>
        <source>A draw needs a name of 1 to {n} characters.</source>
        <translation>抽奖名称需为 1 到 {n} 个字符。</translation>
    </message>
    <message>
        <source>A flag was raised</source>
        <translation>发现认证风险</translation>
    </message>
    <message>
        <source>A forward failed</source>
        <translation>一条转发失败</translation>
    </message>
    <message>
        <source>A leader&apos;s account without platform verification: fans cannot tell it is really the person in charge.</source>
        <translation>领导账号未通过平台认证：粉丝无法确认这真是公司负责人本人。</translation>
    </message>
    <message>
        <source>A member named {name} already exists.</source>
        <translation>已有名为 {name} 的成员。</translation>
    </message>
    <message>
        <source>A member needs at least one role.</source>
        <translation>成员至少需要一个角色。</translation>
    </message>
    <message>
        <source>A member&apos;s name has 1 to 40 letters, digits, Chinese characters, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>成员名称为 1 至 40 个字母、数字、汉字或 “.”“-”“_”。</translation>
    </message>
    <message>
        <source>A named reviewer</source>
        <translation>指定审核人</translation>
    </message>
    <message>
        <source>A post failed</source>
        <translation>一条微博发布失败</translation>
    </message>
    <message>
        <source>A reply failed</source>
        <translation>回复发送失败</translation>
    </message>
    <message>
        <source>A second plan would forward the post twice. Replace the draft with a new plan? The draft is cancelled; nothing of it was sent.</source>
        <translation>再做一个计划会让这条微博被转发两次。要用新计划替换草稿吗？草稿会被取消，其中没有任何转发已发出。</translation>
    </message>
    <message>
        <source>A token expired</source>
        <translation>令牌过期</translation>
    </message>
    <message>
        <source>API tier</source>
        <translation>API 权限等级</translation>
    </message>
    <message>
        <source>About Matrix Desktop</source>
        <translation>关于 Matrix Desktop</translation>
    </message>
    <message>
        <source>Accept the tie on purpose, with a reason (Ctrl+Shift+W)</source>
        <translation>有意接受这层关联，需写明理由（Ctrl+Shift+W）</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Account followed</source>
        <translation>被关注账号</translation>
    </message>
    <message>
        <source>Account {name} is archived.</source>
        <translation>账号 {name} 已归档。</translation>
    </message>
    <message>
        <source>Account {uid} is not in the registry.</source>
        <translation>账号 {uid} 不在账号库中。</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认知悉</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已知悉</translation>
    </message>
    <message>
        <source>Acknowledged a crisis</source>
        <translation>确认危机</translation>
    </message>
    <message>
        <source>Acknowledged a flag</source>
        <translation>确认知悉风险</translation>
    </message>
    <message>
        <source>Acknowledged a keyword alert</source>
        <translation>确认了关键词提醒</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>活跃时段</translation>
    </message>
    <message>
        <source>Add a campaign and an outside account first.</source>
        <translation>请先添加活动和外部账号。</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Add an outside account first (CLI: forward outside add).</source>
        <translation>请先添加外部账号（命令行：forward outside add）。</translation>
    </message>
    <message>
        <source>Add gift</source>
        <translation>添加礼品</translation>
    </message>
    <message>
        <source>Add gift…</source>
        <translation>添加礼品…</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>添加规则…</translation>
    </message>
    <message>
        <source>Add the selected post</source>
        <translation>把选中的帖子加入活动</translation>
    </message>
    <message>
        <source>Add the usual matrix and plan</source>
        <translation>添加常用矩阵并制定计划</translation>
    </message>
    <message>
        <source>Add the usual rules: every account amplifies the official account, sub-brands and employees amplify the leaders. Existing rules stay as they are.</source>
        <translation>添加常用规则：所有账号转发官方账号，子品牌和员工转发领导。已有规则保持不变。</translation>
    </message>
    <message>
        <source>Added a company event</source>
        <translation>添加公司活动</translation>
    </message>
    <message>
        <source>Added a sensitive word</source>
        <translation>添加了敏感词</translation>
    </message>
    <message>
        <source>Added a team member</source>
        <translation>添加团队成员</translation>
    </message>
    <message>
        <source>Added {n} rules</source>
        <translation>已添加 {n} 条规则</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Aliases and brands</source>
        <translation>简称与品牌</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部风险等级</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>同时担任</translation>
    </message>
    <message>
        <source>An account with the uid {uid} is already registered.</source>
        <translation>UID 为 {uid} 的账号已登记。</translation>
    </message>
    <message>
        <source>An arrow points from the account whose posts are forwarded to the account that forwards them.</source>
        <translation>箭头从被转发的账号指向转发它的账号。</translation>
    </message>
    <message>
        <source>An employee account verified as an organisation in the company&apos;s name ({field}: “{evidence}”): its posts read as the company&apos;s.</source>
        <translation>员工账号以公司名义做了机构认证（{field}：“{evidence}”），它发的每条微博都会被当作公司的声音。</translation>
    </message>
    <message>
        <source>An outside account needs a Weibo uid and a name.</source>
        <translation>外部账号需要微博 UID 和名称。</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <source>Another seed gives another order and other texts</source>
        <translation>换一个种子会得到不同的顺序和文案</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Answer manual</source>
        <translation>答复手册</translation>
    </message>
    <message>
        <source>Answer manual entry</source>
        <translation>答复手册条目</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>不限时长</translation>
    </message>
    <message>
        <source>Any leader</source>
        <translation>任一领导</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>不限优先级</translation>
    </message>
    <message>
        <source>Any reviewer</source>
        <translation>不限审核人</translation>
    </message>
    <message>
        <source>App credentials</source>
        <translation>应用凭据</translation>
    </message>
    <message>
        <source>App credentials…</source>
        <translation>应用凭据…</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <source>App key: {key}</source>
        <translation>App Key：{key}</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>通过 (A)</translation>
    </message>
    <message>
        <source>Approve and send</source>
        <translation>批准并发送</translation>
    </message>
    <message>
        <source>Approve plan #{id}</source>
        <translation>批准计划 #{id}</translation>
    </message>
    <message>
        <source>Approve replies</source>
        <translation>批量通过回复</translation>
    </message>
    <message>
        <source>Approve {n} (A)</source>
        <translation>通过 {n} 条 (A)</translation>
    </message>
    <message>
        <source>Approve {n} replies? They are sent after the undo window.</source>
        <translation>通过这 {n} 条回复？撤销时限过后将发出。</translation>
    </message>
    <message>
        <source>Approved a forwarding plan</source>
        <translation>审批转发计划</translation>
    </message>
    <message>
        <source>Approved a post</source>
        <translation>通过了微博</translation>
    </message>
    <message>
        <source>Approved a reply</source>
        <translation>通过回复</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Approved by {who} at {t} — edits need a new approval</source>
        <translation>已由 {who} 于 {t} 审批 —— 修改后需重新审批</translation>
    </message>
    <message>
        <source>Approved, to send</source>
        <translation>已通过，待发送</translation>
    </message>
    <message>
        <source>Approving a plan needs the leader role</source>
        <translation>审批计划需要领导角色</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Archive account</source>
        <translation>归档账号</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the matrix (no forwarding, no sync) but its history is kept, and Restore brings it back.</source>
        <translation>归档 {name}？它将离开矩阵（不再转发、不再同步），历史记录会保留，可随时“恢复”。</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Archived an account</source>
        <translation>归档账号</translation>
    </message>
    <message>
        <source>Assign to me (A)</source>
        <translation>分配给我 (A)</translation>
    </message>
    <message>
        <source>Assigned an item</source>
        <translation>分配互动</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>分配给我的</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>已分配给 {name}</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Author (followers)</source>
        <translation>作者（粉丝数）</translation>
    </message>
    <message>
        <source>Authorise the account in the browser page that just opened. This window closes by itself when the platform sends the person back.</source>
        <translation>请在刚打开的浏览器页面中授权该账号。平台跳转回来后，此窗口会自动关闭。</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>头像</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Back up the database…</source>
        <translation>备份数据库…</translation>
    </message>
    <message>
        <source>Backed up the database</source>
        <translation>备份了数据库</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>正在备份数据库</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>备份已写入 {path}</translation>
    </message>
    <message>
        <source>Beijing time</source>
        <translation>北京时间</translation>
    </message>
    <message>
        <source>Best hours to post: mean interactions by hour published</source>
        <translation>最佳发布时段：按发布小时的平均互动</translation>
    </message>
    <message>
        <source>Best: {h}:00 (local time)</source>
        <translation>最佳：{h}:00（本地时间）</translation>
    </message>
    <message>
        <source>Both the app key and the app secret are needed.</source>
        <translation>需要同时填写 App Key 和 App Secret。</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Brand story</source>
        <translation>品牌故事</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Budget {budget} · spent {spent} (forwards {f}, gifts {g}) · left {left} · reach {reach} · {cpr}</source>
        <translation>预算 {budget} · 已花 {spent}（转发 {f}，礼品 {g}）· 剩余 {left} · 触达 {reach} · {cpr}</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Business keywords</source>
        <translation>业务关键词</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>内容日历</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>付费推广</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel plan</source>
        <translation>取消计划</translation>
    </message>
    <message>
        <source>Cancel plan #{id}? Forwards not yet sent will not be sent.</source>
        <translation>取消计划 #{id}？尚未发出的转发将不再发送。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cancelled a plan</source>
        <translation>取消计划</translation>
    </message>
    <message>
        <source>Cancelled a post</source>
        <translation>取消了微博</translation>
    </message>
    <message>
        <source>Cannot be approved: {first} (and {n} more marked ✗ above)</source>
        <translation>不能批准：{first}（另有 {n} 项，见上方 ✗）</translation>
    </message>
    <message>
        <source>Cannot be approved: {reasons}</source>
        <translation>不能批准：{reasons}</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Category set to {c}; the triage remembers it</source>
        <translation>已改为「{c}」，分拣规则会记住这次修正</translation>
    </message>
    <message>
        <source>Change roles…</source>
        <translation>修改角色…</translation>
    </message>
    <message>
        <source>Changed a forwarding rule</source>
        <translation>修改转发规则</translation>
    </message>
    <message>
        <source>Changed a member&apos;s roles</source>
        <translation>修改成员角色</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>修改了设置</translation>
    </message>
    <message>
        <source>Changed forwarding settings</source>
        <translation>修改转发设置</translation>
    </message>
    <message>
        <source>Changed on another desktop</source>
        <translation>已在另一台电脑上被修改</translation>
    </message>
    <message>
        <source>Changed response deadlines</source>
        <translation>修改回复时限</translation>
    </message>
    <message>
        <source>Changed review settings</source>
        <translation>修改了审核设置</translation>
    </message>
    <message>
        <source>Changed the app credentials</source>
        <translation>修改应用凭据</translation>
    </message>
    <message>
        <source>Changed the company profile</source>
        <translation>修改公司资料</translation>
    </message>
    <message>
        <source>Changed the daily draft limit</source>
        <translation>修改了每日草稿上限</translation>
    </message>
    <message>
        <source>Changed the forwarding lines</source>
        <translation>修改了转发文案</translation>
    </message>
    <message>
        <source>Changed the forwarding setup</source>
        <translation>修改了转发设置</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Check every account&apos;s verification text again (Ctrl+Shift+R)</source>
        <translation>重新检查所有账号的认证信息（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Check expiry</source>
        <translation>检查有效期</translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translation>正在校验审计日志</translation>
    </message>
    <message>
        <source>Checking the draft…</source>
        <translation>正在检查草稿…</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>正在检查 {name}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Choose a campaign and an outside account.</source>
        <translation>请选择活动和外部账号。</translation>
    </message>
    <message>
        <source>Choose the account in the composer first</source>
        <translation>请先在编辑器中选择账号</translation>
    </message>
    <message>
        <source>Choose who is working first.</source>
        <translation>请先选择当前操作的成员。</translation>
    </message>
    <message>
        <source>Choose yourself. Your roles decide what you may do.</source>
        <translation>请选择你自己。你的角色决定你能做什么。</translation>
    </message>
    <message>
        <source>Click a marker on the timeline</source>
        <translation>点击时间轴上的标记查看转发</translation>
    </message>
    <message>
        <source>Click an account on the graph</source>
        <translation>点击图中的账号查看设置</translation>
    </message>
    <message>
        <source>Close item</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Closed an item</source>
        <translation>关闭互动</translation>
    </message>
    <message>
        <source>Collect the facts: screenshots, author, batch number, order, time line</source>
        <translation>收集事实：截图、发布者、批号、订单、时间线</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Commitment (published before the deadline)</source>
        <translation>承诺值（截止前公布）</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>公司资料</translation>
    </message>
    <message>
        <source>Company profile saved. {n} accounts checked: {o} flags opened, {r} resolved</source>
        <translation>公司资料已保存。已检查 {n} 个账号：新增 {o} 条风险，解除 {r} 条</translation>
    </message>
    <message>
        <source>Company profile…</source>
        <translation>公司资料…</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞品</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞品</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaints and the SLA</source>
        <translation>投诉与时限（SLA）</translation>
    </message>
    <message>
        <source>Complaints answered within the SLA</source>
        <translation>时限内回复的投诉</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <source>Connect a Weibo account</source>
        <translation>连接微博账号</translation>
    </message>
    <message>
        <source>Connect accounts</source>
        <translation>连接账号</translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation>连接账号…</translation>
    </message>
    <message>
        <source>Connect an account in the browser…</source>
        <translation>在浏览器中连接账号…</translation>
    </message>
    <message>
        <source>Connect at least one account first.</source>
        <translation>请先至少连接一个账号。</translation>
    </message>
    <message>
        <source>Connect the matrix&apos;s Weibo accounts: one by one in the browser, or all at once from a credentials file (the sandbox prints one with --print-credentials).</source>
        <translation>连接矩阵的微博账号：在浏览器中逐个授权，或从凭据文件一次导入（沙盒可用 --print-credentials 生成）。</translation>
    </message>
    <message>
        <source>Connected an account</source>
        <translation>连接账号</translation>
    </message>
    <message>
        <source>Connecting accounts</source>
        <translation>正在连接账号</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Contact the person in private with the holding reply; ask for contact details</source>
        <translation>用安抚口径私信当事人，请对方留下联系方式</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <source>Copy ticket</source>
        <translation>复制工单</translation>
    </message>
    <message>
        <source>Corrected a category</source>
        <translation>纠正分类</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Cost per forward</source>
        <translation>单次转发费用</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <source>Could not read {name}: {why}</source>
        <translation>无法读取 {name}：{why}</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Created a campaign</source>
        <translation>创建推广活动</translation>
    </message>
    <message>
        <source>Created the default rules</source>
        <translation>生成默认规则</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>Credentials files (*.json)</source>
        <translation>凭据文件 (*.json)</translation>
    </message>
    <message>
        <source>Crises</source>
        <translation>危机</translation>
    </message>
    <message>
        <source>Crises and how they were handled</source>
        <translation>危机及处置</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>危机</translation>
    </message>
    <message>
        <source>Crisis alert</source>
        <translation>危机警报</translation>
    </message>
    <message>
        <source>Crisis escalation checklist</source>
        <translation>危机升级清单</translation>
    </message>
    <message>
        <source>Crisis signal</source>
        <translation>危机信号</translation>
    </message>
    <message>
        <source>Crisis signal: {text}</source>
        <translation>危机信号：{text}</translation>
    </message>
    <message>
        <source>Crisis signals</source>
        <translation>危机信号</translation>
    </message>
    <message>
        <source>Crisis words</source>
        <translation>危机词</translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms, double-click shows all</source>
        <translation>Ctrl+滚轮缩放，双击显示全部</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客服工单</translation>
    </message>
    <message>
        <source>Customer service ticket #{id}: {status}</source>
        <translation>客服工单 #{id}：{status}</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>每日上限</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>数据与备份</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Database backups (*.db)</source>
        <translation>数据库备份 (*.db)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer work in the app; what they did stays in the audit trail.</source>
        <translation>停用 {name}？停用后无法再使用本应用；其操作记录仍保留在审计日志中。</translation>
    </message>
    <message>
        <source>Deactivated a team member</source>
        <translation>停用了团队成员</translation>
    </message>
    <message>
        <source>Deadline (Beijing)</source>
        <translation>截止时间（北京时间）</translation>
    </message>
    <message>
        <source>Deadlines and review</source>
        <translation>时限与审核</translation>
    </message>
    <message>
        <source>Deadlines saved; new items are due by them</source>
        <translation>时限已保存；新的条目按此计算期限</translation>
    </message>
    <message>
        <source>Dealers and partners</source>
        <translation>经销商与合作伙伴</translation>
    </message>
    <message>
        <source>Default rules</source>
        <translation>默认规则</translation>
    </message>
    <message>
        <source>Default rules…</source>
        <translation>默认规则…</translation>
    </message>
    <message>
        <source>Deferred by the rate limit until {t}</source>
        <translation>因频率限制，推迟到 {t} 再同步</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Delay from</source>
        <translation>最短延迟</translation>
    </message>
    <message>
        <source>Delay to</source>
        <translation>最长延迟</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <source>Delete the entry {key} «{q}»?</source>
        <translation>删除条目 {key}「{q}」？</translation>
    </message>
    <message>
        <source>Delete the watch list {name} and its alerts?</source>
        <translation>删除监测词表 {name} 及其预警？</translation>
    </message>
    <message>
        <source>Delete this reply</source>
        <translation>删除这条回复</translation>
    </message>
    <message>
        <source>Delete this reply…</source>
        <translation>删除这条回复…</translation>
    </message>
    <message>
        <source>Delete watch list</source>
        <translation>删除监测词表</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Deleted a manual entry</source>
        <translation>删除手册条目</translation>
    </message>
    <message>
        <source>Deleted a sent reply</source>
        <translation>删除了已发送的回复</translation>
    </message>
    <message>
        <source>Deleted a watch list</source>
        <translation>删除了监测词表</translation>
    </message>
    <message>
        <source>Deleted by {who}</source>
        <translation>由 {who} 删除</translation>
    </message>
    <message>
        <source>Deleting the reply</source>
        <translation>正在删除回复</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名</translation>
    </message>
    <message>
        <source>Distinct fans who commented, mentioned or were answered; a fan counts once</source>
        <translation>评论、提及或被回复的去重粉丝；同一粉丝只计一次</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Draft the announcement</source>
        <translation>起草开奖公告</translation>
    </message>
    <message>
        <source>Drafted a post</source>
        <translation>起草了微博</translation>
    </message>
    <message>
        <source>Drafts go to</source>
        <translation>草稿交给</translation>
    </message>
    <message>
        <source>Draw #{id} closes at {at}; it cannot be run before.</source>
        <translation>抽奖 #{id} 于 {at} 截止，截止前不能开奖。</translation>
    </message>
    <message>
        <source>Draw #{id} has not been run yet: there are no winners.</source>
        <translation>抽奖 #{id} 还没有开奖，暂无中奖者。</translation>
    </message>
    <message>
        <source>Draw «{name}»: {state}, {n} of {want} winners</source>
        <translation>抽奖「{name}」：{state}，已抽出 {n}/{want} 名</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>正在抽奖…</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Drop forward</source>
        <translation>移除转发</translation>
    </message>
    <message>
        <source>Dropped a planned forward</source>
        <translation>移除计划中的转发</translation>
    </message>
    <message>
        <source>Edit (kept beside the suggestion)</source>
        <translation>修改稿（与建议稿一并保留）</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>Edit roles</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Edit rule…</source>
        <translation>编辑规则…</translation>
    </message>
    <message>
        <source>Edit style guide…</source>
        <translation>编辑口吻指南…</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>修改文案</translation>
    </message>
    <message>
        <source>Edit text…</source>
        <translation>修改文案…</translation>
    </message>
    <message>
        <source>Edit the suggestion or write a reply; a leader reviews it before it is sent</source>
        <translation>修改建议回复或自己撰写；发送前由领导审核</translation>
    </message>
    <message>
        <source>Edited a planned forward</source>
        <translation>修改计划中的转发</translation>
    </message>
    <message>
        <source>Edited a post</source>
        <translation>编辑了微博</translation>
    </message>
    <message>
        <source>Edited an account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>Edited the answer manual</source>
        <translation>编辑答复手册</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Employee tied to the company</source>
        <translation>员工认证关联公司</translation>
    </message>
    <message>
        <source>Employee verification flags</source>
        <translation>员工认证标记</translation>
    </message>
    <message>
        <source>Employee verified as an organisation</source>
        <translation>员工号蓝V认证</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>English names</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Escalation checklist…</source>
        <translation>升级清单…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Everyone amplifies the official account; sub-brands and employees amplify the leaders. Only missing rules are added.</source>
        <translation>所有账号转发官方账号；子品牌和员工转发领导。只添加缺少的规则。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>高管</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export accounts</source>
        <translation>导出账号</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <source>Export tickets</source>
        <translation>导出工单</translation>
    </message>
    <message>
        <source>Exported service tickets</source>
        <translation>导出客服工单</translation>
    </message>
    <message>
        <source>Exported the audit key</source>
        <translation>导出了审计密钥</translation>
    </message>
    <message>
        <source>Exported {n} accounts to {file}</source>
        <translation>已导出 {n} 个账号到 {file}</translation>
    </message>
    <message>
        <source>Exported {n} entries to {file}</source>
        <translation>已导出 {n} 条记录到 {file}</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Exporting accounts</source>
        <translation>正在导出账号</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>Fan activity</source>
        <translation>粉丝活动</translation>
    </message>
    <message>
        <source>Fans&apos; comments and mentions synced</source>
        <translation>同步到的粉丝评论与提及</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>First</source>
        <translation>首条</translation>
    </message>
    <message>
        <source>First admin</source>
        <translation>第一位管理员</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>首次回复</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次发现</translation>
    </message>
    <message>
        <source>First sync</source>
        <translation>首次同步</translation>
    </message>
    <message>
        <source>First-response deadlines (SLA)</source>
        <translation>首次响应时限（SLA）</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Flag #{id} no longer exists.</source>
        <translation>风险提示 #{id} 已不存在。</translation>
    </message>
    <message>
        <source>Flag acknowledged: {name}</source>
        <translation>已确认知悉：{name}</translation>
    </message>
    <message>
        <source>Flag on {name} is now {state}</source>
        <translation>{name} 的风险状态已改为：{state}</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>认证风险</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>关注者</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <source>Followers of</source>
        <translation>粉丝趋势</translation>
    </message>
    <message>
        <source>Followers of the matrix</source>
        <translation>矩阵粉丝数</translation>
    </message>
    <message>
        <source>Followers over time: {who}</source>
        <translation>粉丝数变化：{who}</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Following lists</source>
        <translation>关注列表</translation>
    </message>
    <message>
        <source>Forward id</source>
        <translation>转发 ID</translation>
    </message>
    <message>
        <source>Forwarded a post</source>
        <translation>转发微博</translation>
    </message>
    <message>
        <source>Forwarder</source>
        <translation>转发者</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>转发协同</translation>
    </message>
    <message>
        <source>Forwarding account</source>
        <translation>转发账号</translation>
    </message>
    <message>
        <source>Forwarding plan</source>
        <translation>转发计划</translation>
    </message>
    <message>
        <source>Forwarding plan #{id} drafted; a leader approves it in Forwarding</source>
        <translation>已生成转发计划 #{id}，请领导在“转发协同”中审批</translation>
    </message>
    <message>
        <source>Forwarding plans: {ids}</source>
        <translation>转发计划：{ids}</translation>
    </message>
    <message>
        <source>Forwarding rule</source>
        <translation>转发规则</translation>
    </message>
    <message>
        <source>Forwards</source>
        <translation>转发数</translation>
    </message>
    <message>
        <source>Forwards {n} · reach {reach} · interactions {i} · paid forwards {f} · gifts {g} · left {left}</source>
        <translation>转发 {n} · 覆盖 {reach} · 互动 {i} · 付费转发 {f} · 礼品 {g} · 剩余 {left}</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>From the answer manual</source>
        <translation>答复手册依据</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Gift ledger</source>
        <translation>礼品台账</translation>
    </message>
    <message>
        <source>Go to item</source>
        <translation>前往</translation>
    </message>
    <message>
        <source>Handed to customer service</source>
        <translation>转交客服</translation>
    </message>
    <message>
        <source>Handed to customer service; export or copy the ticket</source>
        <translation>已转客服，可导出或复制工单</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Hold all scheduled posts and forwarding campaigns of the matrix</source>
        <translation>暂停矩阵所有定时发布和转发计划</translation>
    </message>
    <message>
        <source>Holidays and make-up days from</source>
        <translation>节假日与调休，起始日期</translation>
    </message>
    <message>
        <source>Holidays are not counted: only the working days above</source>
        <translation>不计节假日：只按上面的工作日计算</translation>
    </message>
    <message>
        <source>Hours must look like 23:00-08:00 (from-to, 24-hour clock).</source>
        <translation>时段格式应为 23:00-08:00（起止时间，24 小时制）。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Import CSV/Markdown…</source>
        <translation>导入 CSV/Markdown…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Import a credentials file</source>
        <translation>导入凭据文件</translation>
    </message>
    <message>
        <source>Import a credentials file…</source>
        <translation>导入凭据文件…</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>导入账号</translation>
    </message>
    <message>
        <source>Import answer manual</source>
        <translation>导入答复手册</translation>
    </message>
    <message>
        <source>Imported accounts</source>
        <translation>导入账号</translation>
    </message>
    <message>
        <source>Imported credentials</source>
        <translation>导入凭据</translation>
    </message>
    <message>
        <source>Imported sensitive words</source>
        <translation>导入了敏感词</translation>
    </message>
    <message>
        <source>Imported the answer manual</source>
        <translation>导入答复手册</translation>
    </message>
    <message>
        <source>Imported the audit key</source>
        <translation>导入了审计密钥</translation>
    </message>
    <message>
        <source>Imported {n} accounts: {c} new, {u} updated</source>
        <translation>已导入 {n} 个账号：新增 {c}，更新 {u}</translation>
    </message>
    <message>
        <source>Imported {n} entries</source>
        <translation>已导入 {n} 条</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>正在导入 {file}</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>互动收件箱</translation>
    </message>
    <message>
        <source>Inbox zero: every comment and mention is handled</source>
        <translation>收件箱已清空：所有评论和提及都已处理</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业与机构</translation>
    </message>
    <message>
        <source>Industry average 2.14%</source>
        <translation>行业平均 2.14%</translation>
    </message>
    <message>
        <source>Inform quality/after-sales to check the batch</source>
        <translation>通知品控/售后核查该批次</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Interactions on them (reposts + comments + likes)</source>
        <translation>帖子互动（转发＋评论＋点赞）</translation>
    </message>
    <message>
        <source>Interactions per post (reposts + comments + likes)</source>
        <translation>单条微博互动数（转发+评论+点赞）</translation>
    </message>
    <message>
        <source>Interactive fans ÷ followers</source>
        <translation>互动粉丝 ÷ 粉丝数</translation>
    </message>
    <message>
        <source>Interactive-fan ratio of the matrix</source>
        <translation>矩阵互动粉丝率</translation>
    </message>
    <message>
        <source>Interactive-fan ratio per account (%), top {n}</source>
        <translation>各账号互动粉丝率（%），前 {n}</translation>
    </message>
    <message>
        <source>Interactive-fan ratio per role (%)</source>
        <translation>各角色互动粉丝率（%）</translation>
    </message>
    <message>
        <source>It is already approved or being sent. Cancel it first if it must be redone.</source>
        <translation>该计划已批准或正在发送。如需重做，请先取消它。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Item closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the database or logs.</source>
        <translation>保存在系统钥匙串中，绝不写入数据库或日志。</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>密钥环</translation>
    </message>
    <message>
        <source>Keyring: {name}</source>
        <translation>钥匙串：{name}</translation>
    </message>
    <message>
        <source>Keys: A approve · E edit · R reject · S skip · J/K next/previous · Ctrl+Z take back</source>
        <translation>快捷键：A 通过 · E 编辑 · R 驳回 · S 跳过 · J/K 下一条/上一条 · Ctrl+Z 撤回</translation>
    </message>
    <message>
        <source>Keys: J/K or ↓/↑ move · 1–6 category · A assign to me · R reply · E customer service</source>
        <translation>快捷键：J/K 或 ↓/↑ 移动 · 1–6 分类 · A 分配给我 · R 回复 · E 转客服</translation>
    </message>
    <message>
        <source>Keyword alert</source>
        <translation>关键词预警</translation>
    </message>
    <message>
        <source>Keyword alert: {name}, {n} mentions in the last hours</source>
        <translation>关键词预警：{name}，近几小时 {n} 条提及</translation>
    </message>
    <message>
        <source>Keyword alerts</source>
        <translation>关键词预警</translation>
    </message>
    <message>
        <source>Keyword monitoring</source>
        <translation>关键词监测</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>末条</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>近 90 天</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>上次备份</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>上次检查</translation>
    </message>
    <message>
        <source>Last outcome: {answer}</source>
        <translation>上次结果：{answer}</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>上次成功同步</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>上次同步失败</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>新品发布</translation>
    </message>
    <message>
        <source>Laying out the report</source>
        <translation>正在排版报告</translation>
    </message>
    <message>
        <source>Leader not verified</source>
        <translation>领导号未认证</translation>
    </message>
    <message>
        <source>Leader&apos;s note: {note}</source>
        <translation>领导意见：{note}</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>公司全称</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Linked a paid campaign to an event</source>
        <translation>为活动关联付费推广</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Location, link, avatar, cover and tags are not synced yet: check them on the account&apos;s page.</source>
        <translation>所在地、链接、头像、封面和标签尚未同步：请到账号主页核对。</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Loyal fans</source>
        <translation>忠实粉丝</translation>
    </message>
    <message>
        <source>Made a forwarding plan</source>
        <translation>生成转发计划</translation>
    </message>
    <message>
        <source>Mainland public holidays are days off; make-up days (调休) are worked</source>
        <translation>内地法定节假日休息；调休日上班</translation>
    </message>
    <message>
        <source>Mark the flag on {name} resolved? Do this when the tie is gone, for example the verification text was changed. A later check opens a new flag if the text still ties them to the company.</source>
        <translation>将 {name} 的风险标记为已解除？适用于关联已消失的情况，例如认证信息已修改。若之后检查发现文字仍关联公司，会重新提示。</translation>
    </message>
    <message>
        <source>Markdown; every save keeps the earlier versions</source>
        <translation>Markdown 格式；每次保存都会保留以前的版本</translation>
    </message>
    <message>
        <source>Master password of the encrypted keyring (app secret and account tokens):</source>
        <translation>加密钥匙串的主密码（用于应用密钥和账号令牌）：</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>Matrix Desktop</source>
        <translation>微博矩阵助手</translation>
    </message>
    <message>
        <source>Matrix Desktop {v}
Run a company&apos;s Weibo matrix: accounts, forwarding, inbox, flags.
Database: {db}</source>
        <translation>Matrix Desktop {v}
运营企业微博矩阵：账号、转发协同、互动收件箱、认证风险。
数据库：{db}</translation>
    </message>
    <message>
        <source>Matrix Desktop — Weibo matrix</source>
        <translation>Matrix Desktop — 微博矩阵</translation>
    </message>
    <message>
        <source>Mean interactions</source>
        <translation>平均互动</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Median hours to first answer</source>
        <translation>首次回复时长中位数（小时）</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及数</translation>
    </message>
    <message>
        <source>Mentions in the window</source>
        <translation>时段内提及数</translation>
    </message>
    <message>
        <source>Minimum gap</source>
        <translation>最小间隔</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺项</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Monitor mentions and reposts every 15 minutes; log what changes</source>
        <translation>每 15 分钟监测提及和转发，记录变化</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度报告</translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation>月度报告…</translation>
    </message>
    <message>
        <source>Move the forward of {name}</source>
        <translation>调整 {name} 的转发时间</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>调整时间…</translation>
    </message>
    <message>
        <source>My queue</source>
        <translation>我的队列</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Named reviewer</source>
        <translation>指定审核人</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>需要人工查看</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>New draw…</source>
        <translation>新建抽奖…</translation>
    </message>
    <message>
        <source>New flag</source>
        <translation>新风险标记</translation>
    </message>
    <message>
        <source>New flags</source>
        <translation>新风险标记</translation>
    </message>
    <message>
        <source>New forwarding plan</source>
        <translation>新建转发计划</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>新建计划…</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>新帖子</translation>
    </message>
    <message>
        <source>New prize draw</source>
        <translation>新建有奖转发抽奖</translation>
    </message>
    <message>
        <source>New time (Beijing time)</source>
        <translation>新时间（北京时间）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下一个到期</translation>
    </message>
    <message>
        <source>No account connected yet.</source>
        <translation>尚未连接任何账号。</translation>
    </message>
    <message>
        <source>No account has the uid {uid}.</source>
        <translation>没有 UID 为 {uid} 的账号。</translation>
    </message>
    <message>
        <source>No account matches the filters</source>
        <translation>没有符合筛选条件的账号</translation>
    </message>
    <message>
        <source>No account synced.</source>
        <translation>没有账号同步成功。</translation>
    </message>
    <message>
        <source>No account to connect yet — add accounts in the Accounts area</source>
        <translation>还没有可连接的账号 — 请先在“账号”中添加</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>还没有账号</translation>
    </message>
    <message>
        <source>No accounts yet — add one or import a CSV</source>
        <translation>还没有账号 — 添加一个或导入 CSV</translation>
    </message>
    <message>
        <source>No campaign ran this month.</source>
        <translation>本月没有转发活动。</translation>
    </message>
    <message>
        <source>No campaign yet — “New campaign…” starts one</source>
        <translation>还没有推广活动 — 用“新建活动…”创建</translation>
    </message>
    <message>
        <source>No campaign yet: add the company events the content plans around.</source>
        <translation>还没有活动：添加公司活动，内容围绕它排期。</translation>
    </message>
    <message>
        <source>No complaint this month.</source>
        <translation>本月没有投诉。</translation>
    </message>
    <message>
        <source>No crisis signal this month.</source>
        <translation>本月没有危机信号。</translation>
    </message>
    <message>
        <source>No entry matches the filters</source>
        <translation>没有符合筛选条件的记录</translation>
    </message>
    <message>
        <source>No findings: ready for review</source>
        <translation>检查通过，可以提交审核</translation>
    </message>
    <message>
        <source>No flag matches the filters</source>
        <translation>没有符合筛选条件的认证风险</translation>
    </message>
    <message>
        <source>No following lists synced yet for the official and leader accounts</source>
        <translation>官方号和领导号的关注列表尚未同步</translation>
    </message>
    <message>
        <source>No forward waiting to be sent</source>
        <translation>没有待发送的转发</translation>
    </message>
    <message>
        <source>No forwarding rule names {name} as a source: nobody would forward this post.</source>
        <translation>没有以 {name} 为来源的转发规则：这条微博不会有人转发。</translation>
    </message>
    <message>
        <source>No item matches the filters</source>
        <translation>没有符合筛选条件的互动</translation>
    </message>
    <message>
        <source>No keyword alert this month.</source>
        <translation>本月没有关键词预警。</translation>
    </message>
    <message>
        <source>No keyword alerts in the last 30 days</source>
        <translation>近 30 天没有关键词预警</translation>
    </message>
    <message>
        <source>No manual entry fits — write one</source>
        <translation>答复手册中没有合适的条目——请人工撰写回复</translation>
    </message>
    <message>
        <source>No manual entry fits: write the reply here; a leader reviews it before it is sent</source>
        <translation>答复手册中没有合适的条目：请在此撰写回复，发送前由负责人审核</translation>
    </message>
    <message>
        <source>No open flag — every checked account is clear</source>
        <translation>没有待处理的认证风险 — 已检查的账号都没有问题</translation>
    </message>
    <message>
        <source>No plan yet — “New plan…” plans the forwards of a recent post</source>
        <translation>还没有转发计划 — 用“新建计划…”为最近的微博安排转发</translation>
    </message>
    <message>
        <source>No posts in the period</source>
        <translation>期间没有发布微博</translation>
    </message>
    <message>
        <source>No prize draw yet.</source>
        <translation>还没有抽奖。</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>No published holiday in these six months</source>
        <translation>这六个月内没有已公布的节假日</translation>
    </message>
    <message>
        <source>No recent post of the official or a leader account; sync first.</source>
        <translation>官方或领导账号没有近期微博，请先同步。</translation>
    </message>
    <message>
        <source>No reply in this state</source>
        <translation>没有处于此状态的回复</translation>
    </message>
    <message>
        <source>No rule says who forwards the posts of {who}.</source>
        <translation>还没有规则说明谁来转发 {who} 的微博。</translation>
    </message>
    <message>
        <source>No snapshots yet: every sync adds one</source>
        <translation>还没有快照：每次同步记录一次</translation>
    </message>
    <message>
        <source>No statement, no argument in comments until PR approves the wording</source>
        <translation>公关确认口径前，不发声明、不在评论区争辩</translation>
    </message>
    <message>
        <source>No team member is named {name}.</source>
        <translation>团队中没有名为 {name} 的成员。</translation>
    </message>
    <message>
        <source>No ticket here — route a complaint to customer service from the Inbox</source>
        <translation>这里没有工单——在收件箱里把投诉转给客服</translation>
    </message>
    <message>
        <source>No token is stored for account {uid}.</source>
        <translation>账号 {uid} 没有保存授权令牌。</translation>
    </message>
    <message>
        <source>No watch lists yet</source>
        <translation>还没有监测词表</translation>
    </message>
    <message>
        <source>Nobody will forward this post</source>
        <translation>没有账号会转发这条微博</translation>
    </message>
    <message>
        <source>Nobody will forward this post: no account is named by a rule for its author.</source>
        <translation>没有账号会转发这条微博：没有任何规则指向该作者。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Nothing imported from {file}</source>
        <translation>{file} 未导入任何内容</translation>
    </message>
    <message>
        <source>Nothing to send: no approved reply is due</source>
        <translation>没有要发送的：没有到期的已通过回复</translation>
    </message>
    <message>
        <source>Nothing waits for you. A good day.</source>
        <translation>暂无待办，今天很顺利。</translation>
    </message>
    <message>
        <source>Nothing was synced in this month yet.</source>
        <translation>本月尚未同步到任何数据。</translation>
    </message>
    <message>
        <source>Notify the PR lead and the duty leader by phone now</source>
        <translation>立即电话通知公关负责人和值班领导</translation>
    </message>
    <message>
        <source>Offline activity</source>
        <translation>线下活动</translation>
    </message>
    <message>
        <source>Only a {roles} may do this</source>
        <translation>只有{roles}可以执行此操作</translation>
    </message>
    <message>
        <source>Only an admin can change the company profile.</source>
        <translation>只有管理员可以修改公司资料。</translation>
    </message>
    <message>
        <source>Only an admin may do this</source>
        <translation>仅管理员可执行此操作</translation>
    </message>
    <message>
        <source>Only {n} eligible entrant(s) for {want} prize(s)</source>
        <translation>只有 {n} 名有资格的参与者，奖品 {want} 份</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Open + acknowledged</source>
        <translation>待处理 + 已知悉</translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation>待处理和处理中</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Open the authorisation page again</source>
        <translation>重新打开授权页面</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open the matrix</source>
        <translation>进入矩阵</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Or paste the code from the address bar:</source>
        <translation>或粘贴地址栏中的授权码：</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>本公司</translation>
    </message>
    <message>
        <source>Our reply</source>
        <translation>我方回复</translation>
    </message>
    <message>
        <source>Outside account</source>
        <translation>外部账号</translation>
    </message>
    <message>
        <source>Outside accounts</source>
        <translation>外部账号</translation>
    </message>
    <message>
        <source>Outside account…</source>
        <translation>外部账号…</translation>
    </message>
    <message>
        <source>Over a day</source>
        <translation>超过一天</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看超时</translation>
    </message>
    <message>
        <source>Overnight</source>
        <translation>夜间新增</translation>
    </message>
    <message>
        <source>Own matrix</source>
        <translation>本矩阵账号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Page audits</source>
        <translation>主页体检</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>主页设置</translation>
    </message>
    <message>
        <source>Paid forwarding «{name}»: spent ¥{spent:.2f} of ¥{budget:.2f}; {n} forwards reached {reach} people</source>
        <translation>付费转发「{name}」：已花 ¥{spent:.2f}，预算 ¥{budget:.2f}；{n} 次转发触达 {reach} 人</translation>
    </message>
    <message>
        <source>Paid forwards</source>
        <translation>付费转发</translation>
    </message>
    <message>
        <source>Paid forward…</source>
        <translation>付费转发…</translation>
    </message>
    <message>
        <source>Paid-forwarding campaigns</source>
        <translation>付费转发活动</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Per post</source>
        <translation>每条</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Plan #{id}</source>
        <translation>计划 #{id}</translation>
    </message>
    <message>
        <source>Plan #{id} has no forward left to approve.</source>
        <translation>计划 #{id} 已没有待审批的转发。</translation>
    </message>
    <message>
        <source>Plan #{id} is {state}; it cannot be changed that way.</source>
        <translation>计划 #{id} 当前为“{state}”，不能这样修改。</translation>
    </message>
    <message>
        <source>Plan #{id}: {n} forwards, {s} accounts skipped</source>
        <translation>计划 #{id}：{n} 条转发，跳过 {s} 个账号</translation>
    </message>
    <message>
        <source>Plan forwarding</source>
        <translation>安排转发</translation>
    </message>
    <message>
        <source>Plan the forwards of a recent post (Ctrl+N)</source>
        <translation>为一条近期微博安排转发（Ctrl+N）</translation>
    </message>
    <message>
        <source>Plan to approve</source>
        <translation>待审批转发计划</translation>
    </message>
    <message>
        <source>Planned forwarding for a post</source>
        <translation>为微博安排了转发</translation>
    </message>
    <message>
        <source>Planning the forwards</source>
        <translation>正在安排转发</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>转发计划</translation>
    </message>
    <message>
        <source>Plans to approve</source>
        <translation>待审批计划</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>平台地址</translation>
    </message>
    <message>
        <source>Platform and app key</source>
        <translation>平台与应用密钥</translation>
    </message>
    <message>
        <source>Platform answer</source>
        <translation>平台回复</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>微博</translation>
    </message>
    <message>
        <source>Post #{id} already has forwarding plan #{plan}.</source>
        <translation>微博 #{id} 已有转发计划 #{plan}。</translation>
    </message>
    <message>
        <source>Post #{id} cannot be approved</source>
        <translation>微博 #{id} 不能通过审批</translation>
    </message>
    <message>
        <source>Post #{id} is part of the campaign</source>
        <translation>帖子 #{id} 已加入活动</translation>
    </message>
    <message>
        <source>Post #{id} is {state}; it cannot be changed that way.</source>
        <translation>微博 #{id} 当前为“{state}”，不能这样修改。</translation>
    </message>
    <message>
        <source>Post #{id} · {state}</source>
        <translation>帖子 #{id} · {state}</translation>
    </message>
    <message>
        <source>Post (mid)</source>
        <translation>微博 ID</translation>
    </message>
    <message>
        <source>Post kinds</source>
        <translation>微博类型</translation>
    </message>
    <message>
        <source>Post of {account}</source>
        <translation>{account} 的微博</translation>
    </message>
    <message>
        <source>Post {mid} · deadline {at} (Beijing) · {n} winner(s)</source>
        <translation>微博 {mid} · 截止 {at}（北京时间）· {n} 名中奖</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>微博数</translation>
    </message>
    <message>
        <source>Posts published</source>
        <translation>发布帖子数</translation>
    </message>
    <message>
        <source>Posts: {n} ({published} published)</source>
        <translation>帖子：{n} 条（已发布 {published} 条）</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Printing the monthly report</source>
        <translation>正在生成月度报告</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Priority {p}</source>
        <translation>优先级 {p}</translation>
    </message>
    <message>
        <source>Prize draws</source>
        <translation>有奖转发</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Product news</source>
        <translation>产品资讯</translation>
    </message>
    <message>
        <source>Profiles, posts, comments and mentions of every connected account come in.</source>
        <translation>拉取每个已连接账号的资料、微博、评论和@提及。</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>Public topic</source>
        <translation>公共话题</translation>
    </message>
    <message>
        <source>Publish the commitment with the activity; the seed is revealed at the draw.</source>
        <translation>请随活动公布承诺值；随机种子在开奖时公开。</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Published a post</source>
        <translation>发布了微博</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>发布中</translation>
    </message>
    <message>
        <source>Put a post under an event</source>
        <translation>将帖子归入活动</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>免打扰时段</translation>
    </message>
    <message>
        <source>Quiet hours (no forwarding)</source>
        <translation>静默时段（不转发）</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <source>Ran a prize draw</source>
        <translation>开奖</translation>
    </message>
    <message>
        <source>Re-check now</source>
        <translation>立即重新检查</translation>
    </message>
    <message>
        <source>Re-checking verification texts</source>
        <translation>正在重新检查认证信息</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Reactivated a team member</source>
        <translation>重新启用了团队成员</translation>
    </message>
    <message>
        <source>Read a token</source>
        <translation>读取令牌</translation>
    </message>
    <message>
        <source>Read the app key</source>
        <translation>读取 App Key</translation>
    </message>
    <message>
        <source>Read-only database: {path} cannot be changed (a read-only file or drive). You can look at everything; changes are refused and nothing is saved.</source>
        <translation>只读数据库：{path} 不能修改（只读文件或只读磁盘）。可以查看全部内容，但任何修改都会被拒绝，不会保存。</translation>
    </message>
    <message>
        <source>Reading the month</source>
        <translation>正在读取本月数据</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>理由（可选）</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>Reassigned a reply</source>
        <translation>改派了回复</translation>
    </message>
    <message>
        <source>Reassigned to {who}</source>
        <translation>已改派给 {who}</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <source>Record a paid forward</source>
        <translation>记录付费转发</translation>
    </message>
    <message>
        <source>Recorded a gift</source>
        <translation>登记礼品</translation>
    </message>
    <message>
        <source>Recorded a paid forward</source>
        <translation>登记付费转发</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Registered an account</source>
        <translation>登记账号</translation>
    </message>
    <message>
        <source>Reject reply</source>
        <translation>驳回回复</translation>
    </message>
    <message>
        <source>Reject {n}… (R)</source>
        <translation>驳回 {n} 条… (R)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Rejected a reply</source>
        <translation>驳回回复</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>驳回理由：{reason}</translation>
    </message>
    <message>
        <source>Rejected; it will not be sent</source>
        <translation>已驳回，不会发送</translation>
    </message>
    <message>
        <source>Reject… (R)</source>
        <translation>驳回… (R)</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Remove the rule {src} → {fwd}? Plans already made keep their forwards.</source>
        <translation>删除规则 {src} → {fwd}？已制定的计划保留其转发。</translation>
    </message>
    <message>
        <source>Remove {name} from the team? Their history stays: the audit trail, reviews and plans keep their name.</source>
        <translation>将 {name} 移出团队？其历史记录保留：审计日志、审核和计划中仍显示其名字。</translation>
    </message>
    <message>
        <source>Removed a forwarding rule</source>
        <translation>删除转发规则</translation>
    </message>
    <message>
        <source>Removed a sensitive word</source>
        <translation>删除了敏感词</translation>
    </message>
    <message>
        <source>Removed a team member</source>
        <translation>移除了团队成员</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Reopened a flag</source>
        <translation>重新打开了风险提示</translation>
    </message>
    <message>
        <source>Reopened a plan for approval</source>
        <translation>计划重新待审批</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup {name}? What was added since the backup is lost. Stop workers and close the app on the other desktops first.</source>
        <translation>用备份 {name} 替换数据库中的全部内容？备份之后新增的内容将丢失。请先停止后台发送进程，并关闭其他电脑上的本应用。</translation>
    </message>
    <message>
        <source>Replace the draft</source>
        <translation>替换草稿</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已被替换</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Replies to review</source>
        <translation>待审核回复</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <source>Reply submitted; it waits for a leader&apos;s review</source>
        <translation>回复已提交，等待领导审核</translation>
    </message>
    <message>
        <source>Reply to review</source>
        <translation>待审核回复</translation>
    </message>
    <message>
        <source>Report month</source>
        <translation>报告月份</translation>
    </message>
    <message>
        <source>Reposts</source>
        <translation>转发</translation>
    </message>
    <message>
        <source>Rescheduled a post</source>
        <translation>改期了微博</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Resolve flag</source>
        <translation>解除风险</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>Resolved a flag</source>
        <translation>解除认证风险</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>解除…</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Restored an account</source>
        <translation>恢复账号</translation>
    </message>
    <message>
        <source>Restored from {name}</source>
        <translation>已从 {name} 恢复</translation>
    </message>
    <message>
        <source>Restored the database</source>
        <translation>恢复了数据库</translation>
    </message>
    <message>
        <source>Restoring the database</source>
        <translation>正在恢复数据库</translation>
    </message>
    <message>
        <source>Retrained triage</source>
        <translation>重新训练了分拣模型</translation>
    </message>
    <message>
        <source>Retried a reply</source>
        <translation>重试回复</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>回复审核</translation>
    </message>
    <message>
        <source>Review of replies</source>
        <translation>回复审核</translation>
    </message>
    <message>
        <source>Review settings saved</source>
        <translation>审核设置已保存</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Revoke the token of {name}? The account stops syncing and forwarding until it is connected again.</source>
        <translation>撤销 {name} 的令牌？重新连接之前，该账号将停止同步和转发。</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>撤销令牌</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>撤销令牌</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Rules of this account</source>
        <translation>该账号的规则</translation>
    </message>
    <message>
        <source>Run the draw</source>
        <translation>开奖</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save deadlines</source>
        <translation>保存时限</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Save review settings</source>
        <translation>保存审核设置</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Save the changed words first: a leader approves the saved text</source>
        <translation>请先保存修改：领导批准的是已保存的正文</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>保存月度报告</translation>
    </message>
    <message>
        <source>Saved a style guide</source>
        <translation>保存了风格指南</translation>
    </message>
    <message>
        <source>Saved a watch list</source>
        <translation>保存了监测词表</translation>
    </message>
    <message>
        <source>Saved an outside account</source>
        <translation>保存外部账号</translation>
    </message>
    <message>
        <source>Saved the monthly report to {file}</source>
        <translation>月度报告已保存到 {file}</translation>
    </message>
    <message>
        <source>Saved the settings of {name}</source>
        <translation>已保存 {name} 的设置</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Saving re-checks every account&apos;s verification text against these names.</source>
        <translation>保存后将按这些名称重新检查所有账号的认证信息。</translation>
    </message>
    <message>
        <source>Saving the company profile</source>
        <translation>正在保存公司资料</translation>
    </message>
    <message>
        <source>Say why (the reason is kept in the audit trail).</source>
        <translation>请填写原因（原因会记入审计日志）。</translation>
    </message>
    <message>
        <source>Say why: a reason is required.</source>
        <translation>请写明理由：理由为必填项。</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>Screen name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Search account, uid, evidence… (Ctrl+F)</source>
        <translation>搜索账号、UID、证据…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search name, uid, owner, team, verification… (Ctrl+F)</source>
        <translation>搜索昵称、UID、负责人、团队、认证信息…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search the text, Chinese works (Ctrl+F)</source>
        <translation>搜索内容，支持中文 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Seed (revealed at the draw)</source>
        <translation>随机种子（开奖时公开）</translation>
    </message>
    <message>
        <source>Select a campaign</source>
        <translation>请选择一个活动</translation>
    </message>
    <message>
        <source>Select a flag</source>
        <translation>请选择一条风险</translation>
    </message>
    <message>
        <source>Select a plan</source>
        <translation>请选择一个计划</translation>
    </message>
    <message>
        <source>Select a plan to see its timeline</source>
        <translation>选择一个计划查看时间轴</translation>
    </message>
    <message>
        <source>Select a post on the calendar first</source>
        <translation>请先在日历上选中一条帖子</translation>
    </message>
    <message>
        <source>Select a ticket</source>
        <translation>请选择一个工单</translation>
    </message>
    <message>
        <source>Select an account</source>
        <translation>请选择一个账号</translation>
    </message>
    <message>
        <source>Select an alert to see its items</source>
        <translation>选择一条预警查看相关内容</translation>
    </message>
    <message>
        <source>Select an item</source>
        <translation>请选择一条互动</translation>
    </message>
    <message>
        <source>Selected forward</source>
        <translation>选中的转发</translation>
    </message>
    <message>
        <source>Send approved now</source>
        <translation>立即发送已通过的回复</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Sending approved replies</source>
        <translation>正在发送已通过的回复</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Sent a post back</source>
        <translation>退回了微博</translation>
    </message>
    <message>
        <source>Sent a reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <source>Set aside: {what}</source>
        <translation>排除：{what}</translation>
    </message>
    <message>
        <source>Set calendar rules</source>
        <translation>设置了日历规则</translation>
    </message>
    <message>
        <source>Set the Weibo app key and secret first (Credentials → App credentials).</source>
        <translation>请先设置微博 App Key 和 App Secret（凭据 → 应用凭据）。</translation>
    </message>
    <message>
        <source>Set the company profile</source>
        <translation>设置公司资料</translation>
    </message>
    <message>
        <source>Set the company profile first: without the company&apos;s names no account can be checked. Use “Company profile…”.</source>
        <translation>请先设置公司资料：没有公司名称就无法检查任何账号。请点击“公司资料…”。</translation>
    </message>
    <message>
        <source>Set up a prize draw</source>
        <translation>创建抽奖</translation>
    </message>
    <message>
        <source>Set-up guide</source>
        <translation>设置向导</translation>
    </message>
    <message>
        <source>Set-up guide…</source>
        <translation>设置向导…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Show the whole matrix (Ctrl+0); Ctrl+wheel zooms</source>
        <translation>显示整个矩阵（Ctrl+0）；Ctrl+滚轮缩放</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Signed in to the team database as {name}; acting as someone else needs their own login.</source>
        <translation>已以 {name} 的身份登录团队数据库；以其他成员身份操作需要其本人的登录。</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>跳过 (S)</translation>
    </message>
    <message>
        <source>Skipped ({n})</source>
        <translation>跳过（{n}）</translation>
    </message>
    <message>
        <source>Skipped a forward</source>
        <translation>跳过了一条转发</translation>
    </message>
    <message>
        <source>Skipped accounts</source>
        <translation>跳过的账号</translation>
    </message>
    <message>
        <source>Slogan</source>
        <translation>口号</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). The details are in the log file.</source>
        <translation>出了点问题（{kind}），详情已写入日志文件。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源账号</translation>
    </message>
    <message>
        <source>Source account (whose posts)</source>
        <translation>源账号（转发谁的微博）</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>垃圾信息</translation>
    </message>
    <message>
        <source>Spend and reach are each campaign&apos;s to date.</source>
        <translation>花费与覆盖均为各活动截至目前的累计。</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已花费</translation>
    </message>
    <message>
        <source>Start (Beijing time)</source>
        <translation>开始（北京时间）</translation>
    </message>
    <message>
        <source>Start with defaults</source>
        <translation>使用默认词表</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the running work (Esc)</source>
        <translation>停止正在进行的任务（Esc）</translation>
    </message>
    <message>
        <source>Style guide</source>
        <translation>口吻指南</translation>
    </message>
    <message>
        <source>Style guide of {name}</source>
        <translation>{name} 的口吻指南</translation>
    </message>
    <message>
        <source>Style guide of {name} (version {v}, {by})</source>
        <translation>{name} 的口吻指南（第 {v} 版，{by}）</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Submitted a post for review</source>
        <translation>提交微博待审</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议回复</translation>
    </message>
    <message>
        <source>Suggestion before the edit</source>
        <translation>修改前的建议稿</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Switch member…</source>
        <translation>切换成员…</translation>
    </message>
    <message>
        <source>Sync again</source>
        <translation>重新同步</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>同步间隔</translation>
    </message>
    <message>
        <source>Sync failed: {why}</source>
        <translation>同步失败：{why}</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Sync stopped; what arrived so far is kept.</source>
        <translation>同步已停止；已拉取的内容均已保存。</translation>
    </message>
    <message>
        <source>Sync stopped; what arrived so far is kept. Press F5 to sync again.</source>
        <translation>同步已停止；已收到的内容都已保存。按 F5 可再次同步。</translation>
    </message>
    <message>
        <source>Sync stopped; what arrived so far is kept. The next sync runs at {time}.</source>
        <translation>同步已停止；已收到的内容都已保存。下次同步在 {time}。</translation>
    </message>
    <message>
        <source>Synced {ok} accounts, {new} new items</source>
        <translation>已同步 {ok} 个账号，新增 {new} 条</translation>
    </message>
    <message>
        <source>Syncing with Weibo</source>
        <translation>正在与微博同步</translation>
    </message>
    <message>
        <source>Syncing {name}</source>
        <translation>正在同步 {name}</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Take back approval</source>
        <translation>撤回通过</translation>
    </message>
    <message>
        <source>Take {name} out of this plan? An approved plan needs a new approval.</source>
        <translation>将 {name} 移出此计划？已审批的计划需要重新审批。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>文案模板</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文案</translation>
    </message>
    <message>
        <source>Text of the forward of {name}:</source>
        <translation>{name} 的转发文案：</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>该账号已不存在。</translation>
    </message>
    <message>
        <source>That post is not in the database yet; sync the account that published it first.</source>
        <translation>数据库中还没有这条微博；请先同步发布它的账号。</translation>
    </message>
    <message>
        <source>The Weibo team learned of it on {day}: {lead}</source>
        <translation>微博团队 {day} 得知：{lead}</translation>
    </message>
    <message>
        <source>The answer manual is empty — import a CSV or Markdown file</source>
        <translation>答复手册为空 — 导入 CSV 或 Markdown 文件</translation>
    </message>
    <message>
        <source>The audit trail is intact: every entry links to the one before.</source>
        <translation>审计日志完整：每一条都与前一条正确链接。</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: {n} problems. {first}</source>
        <translation>审计日志被篡改：发现 {n} 个问题。{first}</translation>
    </message>
    <message>
        <source>The authorisation code is empty.</source>
        <translation>授权码为空。</translation>
    </message>
    <message>
        <source>The budget must not be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
    <message>
        <source>The checks run as you write</source>
        <translation>边写边检查</translation>
    </message>
    <message>
        <source>The database is read-only (a read-only file or drive): this change was not saved.</source>
        <translation>数据库是只读的（只读文件或只读磁盘）：这次修改没有保存。</translation>
    </message>
    <message>
        <source>The deadline has passed: the commitment must be published before it.</source>
        <translation>截止时间已过：承诺值必须在截止前公布。</translation>
    </message>
    <message>
        <source>The draft&apos;s times have passed: the forwards are moved to start now, in the same order, outside the quiet hours and with the minimum gap.</source>
        <translation>草稿中的时间已过：转发将从现在开始重新排期，顺序不变，避开免打扰时段并保持最小间隔。</translation>
    </message>
    <message>
        <source>The draw can be run after its deadline</source>
        <translation>截止时间过后才能开奖</translation>
    </message>
    <message>
        <source>The first member of a new database must be an admin; admins then add everyone else.</source>
        <translation>新数据库的第一位成员必须是管理员，之后由管理员添加其他成员。</translation>
    </message>
    <message>
        <source>The leader who owns the sending account</source>
        <translation>发送账号所属的领导</translation>
    </message>
    <message>
        <source>The matrix has no leader account: a leader&apos;s voice is part of every matrix (seed 001), and fans like to talk to the people in charge.</source>
        <translation>矩阵还没有领导账号：领导的声音是矩阵的一部分，粉丝也喜欢和负责人直接交流。</translation>
    </message>
    <message>
        <source>The matrix has no official account yet.</source>
        <translation>矩阵还没有官方账号。</translation>
    </message>
    <message>
        <source>The month in figures</source>
        <translation>本月数据概览</translation>
    </message>
    <message>
        <source>The names your company goes by. Employee accounts that name it are flagged, and the inbox watches for them.</source>
        <translation>公司使用的各种名称。提到这些名称的员工账号会被标记，互动收件箱也会关注它们。</translation>
    </message>
    <message>
        <source>The number of winners must be 1 to {n}.</source>
        <translation>中奖人数需为 1 到 {n}。</translation>
    </message>
    <message>
        <source>The platform address must be one http(s) address, e.g. https://api.weibo.com.</source>
        <translation>平台地址必须是一个 http(s) 地址，例如 https://api.weibo.com。</translation>
    </message>
    <message>
        <source>The platform knows this app; the key and secret are in the keyring.</source>
        <translation>平台已确认该应用；App Key 与 App Secret 已存入密钥环。</translation>
    </message>
    <message>
        <source>The post&apos;s text is empty.</source>
        <translation>微博正文为空。</translation>
    </message>
    <message>
        <source>The reply to {author} is removed from Weibo (the fan may have seen it already) and goes back to the queue. Why?</source>
        <translation>发给 {author} 的回复将从微博删除（粉丝可能已经看到），并回到审核队列。原因是？</translation>
    </message>
    <message>
        <source>The reply was deleted from Weibo; the item is back in the queue</source>
        <translation>回复已从微博删除；该条目已回到审核队列</translation>
    </message>
    <message>
        <source>The seed kept for draw #{id} does not match its published commitment; the draw cannot be run with it.</source>
        <translation>为抽奖 #{id} 保存的随机种子与已公布的承诺值不符，不能用它开奖。</translation>
    </message>
    <message>
        <source>The seed of draw #{id} is kept in the keyring of the desktop that set it up ({name}); run the draw there.</source>
        <translation>抽奖 #{id} 的随机种子保存在创建它的电脑的钥匙串里（{name}），请在那台电脑上开奖。</translation>
    </message>
    <message>
        <source>The sending account has no usable token; connect it again.</source>
        <translation>发送账号没有可用的授权，请重新授权。</translation>
    </message>
    <message>
        <source>The sync stopped unexpectedly (its background process ended); what arrived so far is kept, and the next sync starts afresh.</source>
        <translation>同步意外中止（后台进程已结束）；已收到的内容都已保存，下次同步会重新开始。</translation>
    </message>
    <message>
        <source>The team (shared by every desktop)</source>
        <translation>团队设置（所有电脑共用）</translation>
    </message>
    <message>
        <source>The team already has its admins ({names}); add members in the Team area.</source>
        <translation>团队已有管理员（{names}）；请在“团队”页面添加成员。</translation>
    </message>
    <message>
        <source>The team database did not accept {name}&apos;s password.</source>
        <translation>团队数据库未接受 {name} 的密码。</translation>
    </message>
    <message>
        <source>The team has no member yet: the set-up guide adds the first admin.</source>
        <translation>团队还没有成员：设置向导会添加第一位管理员。</translation>
    </message>
    <message>
        <source>The text is longer than {n} characters.</source>
        <translation>文字超过 {n} 字。</translation>
    </message>
    <message>
        <source>The text must not be empty.</source>
        <translation>文字不能为空。</translation>
    </message>
    <message>
        <source>The tie is gone, e.g. the verification was changed (Ctrl+R)</source>
        <translation>关联已消失，例如认证信息已修改（Ctrl+R）</translation>
    </message>
    <message>
        <source>The time zone {zone} is not known; choose one like Asia/Shanghai.</source>
        <translation>无法识别时区 {zone}；请选择类似 Asia/Shanghai 的时区。</translation>
    </message>
    <message>
        <source>The uid {uid} belongs to another account ({name}).</source>
        <translation>UID {uid} 属于另一个账号（{name}）。</translation>
    </message>
    <message>
        <source>The usual matrix: every account forwards the official account; sub-brands and employees also forward the leaders. Add it now and plan again?</source>
        <translation>常用矩阵：所有账号转发官方账号；子品牌和员工也转发领导账号。现在添加并重新制定计划吗？</translation>
    </message>
    <message>
        <source>There are no forwarding rules yet, so nobody would forward this post.</source>
        <translation>还没有任何转发规则，所以没有账号会转发这条微博。</translation>
    </message>
    <message>
        <source>This desktop</source>
        <translation>本机设置</translation>
    </message>
    <message>
        <source>This post already has plan #{id} ({state}).</source>
        <translation>这条微博已有计划 #{id}（{state}）。</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>股票代码</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Ticket #{id} closed</source>
        <translation>工单 #{id} 已关闭</translation>
    </message>
    <message>
        <source>Ticket #{id} saved</source>
        <translation>工单 #{id} 已保存</translation>
    </message>
    <message>
        <source>Ticket copied</source>
        <translation>工单已复制</translation>
    </message>
    <message>
        <source>Ticket copied; paste it into customer service&apos;s system</source>
        <translation>工单已复制；请粘贴到客服系统</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Time to first answer of complaints</source>
        <translation>投诉首次回复用时</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>To</source>
        <translation>回复对象</translation>
    </message>
    <message>
        <source>To customer service (E)</source>
        <translation>转客服 (E)</translation>
    </message>
    <message>
        <source>To keep the data elsewhere, start the app with MATRIX_HOME set to that folder.</source>
        <translation>如需把数据放在别处，请在启动应用时将 MATRIX_HOME 设为该文件夹。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Today, {date} — overnight since {since}</source>
        <translation>今日 {date} — 夜间自 {since} 起</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Token (masked)</source>
        <translation>令牌（已遮盖）</translation>
    </message>
    <message>
        <source>Token expiring</source>
        <translation>授权即将到期</translation>
    </message>
    <message>
        <source>Tokens expiring</source>
        <translation>授权即将到期</translation>
    </message>
    <message>
        <source>Took back an approval</source>
        <translation>撤回了通过</translation>
    </message>
    <message>
        <source>Top posts</source>
        <translation>热门帖子</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>已分拣</translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation>先试用演示</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Type the app key.</source>
        <translation>请填写 App Key。</translation>
    </message>
    <message>
        <source>Type the app secret.</source>
        <translation>请填写 App Secret。</translation>
    </message>
    <message>
        <source>Type the company&apos;s legal name.</source>
        <translation>请填写公司全称。</translation>
    </message>
    <message>
        <source>Type your name as the team will see it.</source>
        <translation>请填写团队看到的你的名字。</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>未回复</translation>
    </message>
    <message>
        <source>Under 1 hour</source>
        <translation>1 小时内</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤回 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo window after approval</source>
        <translation>通过后的撤回时限</translation>
    </message>
    <message>
        <source>Unlock the keyring</source>
        <translation>解锁钥匙串</translation>
    </message>
    <message>
        <source>Unrelated</source>
        <translation>无关账号</translation>
    </message>
    <message>
        <source>Unsent edit by {who}, kept from before</source>
        <translation>{who} 之前未发送的修改，已保留</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Updated a service ticket</source>
        <translation>更新客服工单</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>我们</translation>
    </message>
    <message>
        <source>Used tokens</source>
        <translation>使用令牌</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>平时水平</translation>
    </message>
    <message>
        <source>Usually</source>
        <translation>平时</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Variables: {author} {title} {slogan} {name}</source>
        <translation>变量：{author} {title} {slogan} {name}</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Verification flags opened / closed</source>
        <translation>新增／关闭的认证标记</translation>
    </message>
    <message>
        <source>Verification text</source>
        <translation>认证信息</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Verified type</source>
        <translation>认证类型</translation>
    </message>
    <message>
        <source>Verified: the winners follow from the seed and the frozen list</source>
        <translation>已验证：中奖者由随机种子和冻结名单算出，结果一致</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验链条</translation>
    </message>
    <message>
        <source>Waiting for a leader&apos;s approval</source>
        <translation>等待领导审批</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>等待浏览器授权</translation>
    </message>
    <message>
        <source>Waiting on: {names}</source>
        <translation>等待审核人：{names}</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>Waive flag</source>
        <translation>豁免风险</translation>
    </message>
    <message>
        <source>Waive the flag on {name}? The tie to the company is then accepted and later checks will not reopen it. Say why, for the next reviewer.</source>
        <translation>豁免 {name} 的风险？这层与公司的关联将被接受，之后的检查不会再次提示。请为下一位审核人写明理由。</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <source>Waived a flag</source>
        <translation>豁免认证风险</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>豁免…</translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>监测词表</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>{day} 这一周</translation>
    </message>
    <message>
        <source>Weibo expert (初级达人)</source>
        <translation>初级达人</translation>
    </message>
    <message>
        <source>Weibo expert (达人)</source>
        <translation>微博达人</translation>
    </message>
    <message>
        <source>Weibo id</source>
        <translation>微博 ID</translation>
    </message>
    <message>
        <source>Weibo id {id}</source>
        <translation>微博 ID {id}</translation>
    </message>
    <message>
        <source>Weibo kept failing</source>
        <translation>微博多次出错</translation>
    </message>
    <message>
        <source>Weibo kept failing: </source>
        <translation>微博多次出错：</translation>
    </message>
    <message>
        <source>Weibo kept refusing the token, which it says is valid</source>
        <translation>微博一再拒绝它自己认为有效的授权</translation>
    </message>
    <message>
        <source>Weibo kept refusing the token, which it says is valid: </source>
        <translation>微博一再拒绝它自己认为有效的授权：</translation>
    </message>
    <message>
        <source>Weibo team told on</source>
        <translation>微博团队得知日期</translation>
    </message>
    <message>
        <source>Weibo uid</source>
        <translation>微博 UID</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What the fan said</source>
        <translation>粉丝原话</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where the Weibo Open API is, and your app&apos;s key and secret from the Weibo open platform. The guide asks the platform whether it knows them.</source>
        <translation>微博开放平台 API 的地址，以及你在微博开放平台申请的 App Key 和 App Secret。向导会向平台核实它们。</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Who in customer service follows it</source>
        <translation>客服中由谁跟进</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>当前是谁在操作？</translation>
    </message>
    <message>
        <source>Who reviews these replies?</source>
        <translation>由谁审核这些回复？</translation>
    </message>
    <message>
        <source>Who, account or detail…</source>
        <translation>成员、账号或详情…</translation>
    </message>
    <message>
        <source>Whole matrix</source>
        <translation>整个矩阵</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Why are these {n} replies rejected? The writers read it.</source>
        <translation>为什么驳回这 {n} 条回复？撰写人会看到。</translation>
    </message>
    <message>
        <source>Why does the post go back?</source>
        <translation>为什么退回这条帖子？</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>判断依据：{reasons}</translation>
    </message>
    <message>
        <source>Why? The writer reads this.</source>
        <translation>驳回理由（撰写人会看到）：</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>时间窗口</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>中奖者</translation>
    </message>
    <message>
        <source>With customer service</source>
        <translation>客服处理中</translation>
    </message>
    <message>
        <source>Within the SLA</source>
        <translation>时限内</translation>
    </message>
    <message>
        <source>Working as {name} ({roles})</source>
        <translation>当前成员：{name}（{roles}）</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Write a reply (R)</source>
        <translation>撰写回复 (R)</translation>
    </message>
    <message>
        <source>Write the post in this account&apos;s voice; include the safe-domain link</source>
        <translation>用这个账号的口吻写；别忘了带上安全域名链接</translation>
    </message>
    <message>
        <source>Write the reply yourself; a leader reviews it before it is sent</source>
        <translation>请亲自撰写回复；发送前由负责人审核</translation>
    </message>
    <message>
        <source>Writing {file}</source>
        <translation>正在写入 {file}</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>撰写时间</translation>
    </message>
    <message>
        <source>Wrote a reply</source>
        <translation>撰写回复</translation>
    </message>
    <message>
        <source>You can read the queue; a leader approves or rejects each reply.</source>
        <translation>你可以查看审核队列；每条回复由领导通过或驳回。</translation>
    </message>
    <message>
        <source>You have seen it and are on it (Ctrl+K)</source>
        <translation>表示已看到并正在处理（Ctrl+K）</translation>
    </message>
    <message>
        <source>You: the first member of the team is an admin, who adds everyone else later (Team area).</source>
        <translation>就是你：团队的第一位成员是管理员，之后由管理员在“团队”页面添加其他人。</translation>
    </message>
    <message>
        <source>Your edit; Ctrl+Enter approves it</source>
        <translation>你的修改；Ctrl+Enter 直接通过</translation>
    </message>
    <message>
        <source>Your own login to the team database; it is not stored.</source>
        <translation>你自己的团队数据库登录密码；不会被保存。</translation>
    </message>
    <message>
        <source>a company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>a company (under review)</source>
        <translation>企业（审核中）</translation>
    </message>
    <message>
        <source>a contact id or phone number</source>
        <translation>含联系方式或手机号</translation>
    </message>
    <message>
        <source>a former employee (“{m}”) — still reads as the company&apos;s</source>
        <translation>前员工（“{m}”）——仍会被看作公司的人</translation>
    </message>
    <message>
        <source>a forward dropped</source>
        <translation>移除了一条转发</translation>
    </message>
    <message>
        <source>a government body</source>
        <translation>政府机构</translation>
    </message>
    <message>
        <source>a leader&apos;s account is not verified: readers cannot tell it speaks for the company</source>
        <translation>领导账号未认证：读者无法确认它代表公司发言</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>含链接</translation>
    </message>
    <message>
        <source>a long text</source>
        <translation>较长的文字</translation>
    </message>
    <message>
        <source>a media outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>a question mark</source>
        <translation>含问号</translation>
    </message>
    <message>
        <source>a relative or friend works there, not the account&apos;s owner</source>
        <translation>是亲友在公司工作，不是账号本人</translation>
    </message>
    <message>
        <source>a repost</source>
        <translation>是一条转发</translation>
    </message>
    <message>
        <source>a school</source>
        <translation>校园</translation>
    </message>
    <message>
        <source>a sync from Weibo</source>
        <translation>微博同步</translation>
    </message>
    <message>
        <source>a very short comment</source>
        <translation>很短的评论</translation>
    </message>
    <message>
        <source>a website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>account uids</source>
        <translation>账号 UID</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>after {h} h</source>
        <translation>{h} 小时后</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>already forwarded this post on its own</source>
        <translation>已自行转发过这条微博</translation>
    </message>
    <message>
        <source>already forwarded this post on its own (repost {id}); not forwarded twice</source>
        <translation>已自行转发过这条微博（转发 {id}），不再重复转发</translation>
    </message>
    <message>
        <source>an account does not forward its own posts</source>
        <translation>账号不转发自己的微博</translation>
    </message>
    <message>
        <source>an app</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>an expert</source>
        <translation>达人</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation>团体</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>另有 {n} 条</translation>
    </message>
    <message>
        <source>angry or sad emoji</source>
        <translation>生气或难过的表情</translation>
    </message>
    <message>
        <source>app (blue V)</source>
        <translation>应用（蓝V）</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>archived or restored</source>
        <translation>归档/恢复状态</translation>
    </message>
    <message>
        <source>arrow: source → forwarder</source>
        <translation>箭头：源账号 → 转发者</translation>
    </message>
    <message>
        <source>assigned to {name}</source>
        <translation>负责人 {name}</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>author of the post</source>
        <translation>该微博的作者</translation>
    </message>
    <message>
        <source>automatic (system keyring)</source>
        <translation>自动（系统密钥环）</translation>
    </message>
    <message>
        <source>before</source>
        <translation>原先</translation>
    </message>
    <message>
        <source>big V</source>
        <translation>大V</translation>
    </message>
    <message>
        <source>brand story</source>
        <translation>品牌故事</translation>
    </message>
    <message>
        <source>brands and short names, separated by commas</source>
        <translation>品牌名和简称，用逗号分隔</translation>
    </message>
    <message>
        <source>budget (fen)</source>
        <translation>预算（分）</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>campus (blue V)</source>
        <translation>校园（蓝V）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>checking tokens</source>
        <translation>检查授权</translation>
    </message>
    <message>
        <source>classic (older apps, higher limits)</source>
        <translation>经典版（老应用，额度更高）</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>种子承诺值</translation>
    </message>
    <message>
        <source>company (blue V)</source>
        <translation>企业（蓝V）</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>complaint words of the rules</source>
        <translation>规则中的投诉词</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>corpus</source>
        <translation>语料</translation>
    </message>
    <message>
        <source>corrected by a person</source>
        <translation>已由人工更正</translation>
    </message>
    <message>
        <source>corrections</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>cost (fen)</source>
        <translation>费用（分）</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>crisis</source>
        <translation>危机</translation>
    </message>
    <message>
        <source>crisis guard: the repost spreads a text with crisis words</source>
        <translation>危机防线：转发在扩散含危机词的内容</translation>
    </message>
    <message>
        <source>crisis guard: the rules&apos; crisis words ({words})</source>
        <translation>危机防线：规则中的危机词（{words}）</translation>
    </message>
    <message>
        <source>crisis likely enough to alert ({p} ≥ {t})</source>
        <translation>危机可能性足以报警（{p} ≥ {t}）</translation>
    </message>
    <message>
        <source>crisis words of the rules</source>
        <translation>规则中的危机词</translation>
    </message>
    <message>
        <source>daily cap</source>
        <translation>每日上限</translation>
    </message>
    <message>
        <source>daily cap {n} reached</source>
        <translation>已达每日上限 {n} 次</translation>
    </message>
    <message>
        <source>daily limit of {n} API calls reached</source>
        <translation>已达每日 {n} 次 API 调用上限</translation>
    </message>
    <message>
        <source>days of notice</source>
        <translation>提前天数</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>did not comment</source>
        <translation>未评论</translation>
    </message>
    <message>
        <source>digest of the list</source>
        <translation>名单摘要</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>draft — waiting for approval</source>
        <translation>草稿 — 待审批</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>已开奖</translation>
    </message>
    <message>
        <source>dropped by {who}</source>
        <translation>已由 {who} 移除</translation>
    </message>
    <message>
        <source>e.g. 23:00-07:30; empty = none</source>
        <translation>如 23:00-07:30；留空表示无</translation>
    </message>
    <message>
        <source>e.g. 23:00-08:00; empty: none</source>
        <translation>例如 23:00-08:00；留空表示无</translation>
    </message>
    <message>
        <source>e.g. a postcard, a bag of candy</source>
        <translation>如 明信片、一袋糖</translation>
    </message>
    <message>
        <source>e.g. 小周</source>
        <translation>例如 小周</translation>
    </message>
    <message>
        <source>e.g. 星河乳业股份有限公司</source>
        <translation>例如：星河乳业股份有限公司</translation>
    </message>
    <message>
        <source>earliest</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>echoes the reposted text</source>
        <translation>附和被转发的内容</translation>
    </message>
    <message>
        <source>echoes the reposted text (同问/扩散 …)</source>
        <translation>附和被转发的内容（同问/扩散 …）</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>有资格人数</translation>
    </message>
    <message>
        <source>emoji and nothing else</source>
        <translation>只有表情</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>employee or tied to the company</source>
        <translation>员工或与公司有关联</translation>
    </message>
    <message>
        <source>encrypted file (master password)</source>
        <translation>加密文件（主密码）</translation>
    </message>
    <message>
        <source>end of the plan&apos;s window</source>
        <translation>计划窗口结束</translation>
    </message>
    <message>
        <source>ends like a question (吗/呢/怎么办 …)</source>
        <translation>以提问语气结尾（吗/呢/怎么办 …）</translation>
    </message>
    <message>
        <source>entrants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>executing</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <source>expires {at}</source>
        <translation>{at} 到期</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>fan</source>
        <translation>粉丝</translation>
    </message>
    <message>
        <source>fan activity</source>
        <translation>粉丝互动</translation>
    </message>
    <message>
        <source>field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>风险提示</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>following</source>
        <translation>关注数</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>转发</translation>
    </message>
    <message>
        <source>forwarder</source>
        <translation>转发账号</translation>
    </message>
    <message>
        <source>forwards</source>
        <translation>转发</translation>
    </message>
    <message>
        <source>found on the platform (sent before a restart); not sent again</source>
        <translation>已在平台上找到（重启前已发出），不再重复发送</translation>
    </message>
    <message>
        <source>from</source>
        <translation>原为</translation>
    </message>
    <message>
        <source>from the rules</source>
        <translation>按规则</translation>
    </message>
    <message>
        <source>government (blue V)</source>
        <translation>政府（蓝V）</translation>
    </message>
    <message>
        <source>hand-written</source>
        <translation>人工撰写</translation>
    </message>
    <message>
        <source>happy emoji</source>
        <translation>开心的表情</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>holds an executive role at the company</source>
        <translation>在公司担任高管</translation>
    </message>
    <message>
        <source>https://api.weibo.com for the real platform; the sandbox prints its own</source>
        <translation>真实平台为 https://api.weibo.com；沙盒会显示自己的地址</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>is the company&apos;s dealer or partner</source>
        <translation>是公司的经销商或合作方</translation>
    </message>
    <message>
        <source>is tied to the company</source>
        <translation>与公司有关联</translation>
    </message>
    <message>
        <source>item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>its content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>its own slogan for {slogan}</source>
        <translation>模板中 {slogan} 处填入的专属口号</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>最晚</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <source>leader not verified</source>
        <translation>领导账号未认证</translation>
    </message>
    <message>
        <source>learned {n} d late</source>
        <translation>晚了 {n} 天才得知</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>公司全称</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>文案</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>made by {who}</source>
        <translation>由 {who} 制定</translation>
    </message>
    <message>
        <source>matrix account</source>
        <translation>矩阵账号</translation>
    </message>
    <message>
        <source>media (blue V)</source>
        <translation>媒体（蓝V）</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>mentions someone</source>
        <translation>提到了某人</translation>
    </message>
    <message>
        <source>minimum gap (min)</source>
        <translation>最小间隔（分钟）</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>never (F5 syncs)</source>
        <translation>从不（按 F5 同步）</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>no answer from Weibo after {n} attempts</source>
        <translation>尝试 {n} 次后微博仍无应答</translation>
    </message>
    <message>
        <source>no campaign selected</source>
        <translation>未选择活动</translation>
    </message>
    <message>
        <source>no comment left that differs enough from the others — add lines for this kind of post</source>
        <translation>没有与其他转发足够不同的评论了——请为这类微博添加文案</translation>
    </message>
    <message>
        <source>no manual entry fits — write one</source>
        <translation>答复手册中没有合适的条目——请人工撰写</translation>
    </message>
    <message>
        <source>no room inside the window outside quiet hours {span}</source>
        <translation>窗口内免打扰时段 {span} 之外已无空档</translation>
    </message>
    <message>
        <source>no room inside the window without breaking the minimum gap</source>
        <translation>时间窗口内已无满足最小间隔的空位</translation>
    </message>
    <message>
        <source>no rule matched</source>
        <translation>没有规则命中</translation>
    </message>
    <message>
        <source>no token stored for the account — reconnect it</source>
        <translation>该账号没有保存授权，请重新授权</translation>
    </message>
    <message>
        <source>nobody reached yet</source>
        <translation>尚未触达任何人</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>not an account of the matrix (archived or removed)</source>
        <translation>不是矩阵账号（已归档或移除）</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未回复</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>not connected to Weibo — connect the account</source>
        <translation>未连接微博 —— 请连接该账号</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>未同步</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未认证</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>numeric Weibo uid, e.g. 1669879400</source>
        <translation>数字微博 UID，例如 1669879400</translation>
    </message>
    <message>
        <source>official</source>
        <translation>官方</translation>
    </message>
    <message>
        <source>offline event</source>
        <translation>线下活动</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>每行一个</translation>
    </message>
    <message>
        <source>one template per line, e.g. 为{author}打call！{title} {slogan}
empty = the built-in templates</source>
        <translation>每行一个模板，如 为{author}打call！{title} {slogan}
留空则使用内置模板</translation>
    </message>
    <message>
        <source>only {n} d notice</source>
        <translation>仅提前 {n} 天得知</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>open for entries</source>
        <translation>报名中</translation>
    </message>
    <message>
        <source>open {severity}-severity verification flag</source>
        <translation>有未处理的{severity}风险认证问题</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>运营编辑</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>opted out of forwarding</source>
        <translation>退出转发</translation>
    </message>
    <message>
        <source>or the active hours instead, e.g. 08:00-23:00</source>
        <translation>或改填活跃时段，例如 08:00-23:00</translation>
    </message>
    <message>
        <source>organisation (blue V)</source>
        <translation>机构团体（蓝V）</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>other kind ({n})</source>
        <translation>其他类型（{n}）</translation>
    </message>
    <message>
        <source>over today&apos;s draft limit</source>
        <translation>超出今日草稿上限</translation>
    </message>
    <message>
        <source>overnight</source>
        <translation>夜间</translation>
    </message>
    <message>
        <source>own matrix account</source>
        <translation>本矩阵账号</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>personal (orange V)</source>
        <translation>个人（橙V）</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>plan cancelled by {who}</source>
        <translation>计划已由 {who} 取消</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>platform address</source>
        <translation>平台地址</translation>
    </message>
    <message>
        <source>post</source>
        <translation>微博</translation>
    </message>
    <message>
        <source>post id (optional)</source>
        <translation>微博 id（可选）</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>微博数</translation>
    </message>
    <message>
        <source>praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>praise words of the rules</source>
        <translation>规则中的好评词</translation>
    </message>
    <message>
        <source>prize draw</source>
        <translation>抽奖</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>product launch</source>
        <translation>新品发布</translation>
    </message>
    <message>
        <source>profile description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>profile text</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>public topic</source>
        <translation>公共话题</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>question</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>question words of the rules</source>
        <translation>规则中的提问词</translation>
    </message>
    <message>
        <source>quiet hours {span} cover its whole window</source>
        <translation>免打扰时段 {span} 覆盖了整个时间窗口</translation>
    </message>
    <message>
        <source>raised {at}</source>
        <translation>{at} 预警</translation>
    </message>
    <message>
        <source>rate limited and no room left inside the window</source>
        <translation>调用受限且时间窗口内已无空档</translation>
    </message>
    <message>
        <source>rate limited and no room left inside the window: </source>
        <translation>调用受限且时间窗口内已无空档：</translation>
    </message>
    <message>
        <source>rate limited; moved to {t}</source>
        <translation>调用受限，已改到 {t}</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>replaced by a new plan made by {who}</source>
        <translation>已被 {who} 制定的新计划替换</translation>
    </message>
    <message>
        <source>replaces</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>reply by {t}</source>
        <translation>请在 {t} 前回复</translation>
    </message>
    <message>
        <source>repost</source>
        <translation>转发</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>round the clock</source>
        <translation>全天候</translation>
    </message>
    <message>
        <source>routed to customer service</source>
        <translation>已转客服</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>sarcasm: an emoji such as [微笑]</source>
        <translation>反讽：如 [微笑] 这样的表情</translation>
    </message>
    <message>
        <source>sarcasm: wording such as 呵呵 or 真周到</source>
        <translation>反讽：如「呵呵」「真周到」这样的措辞</translation>
    </message>
    <message>
        <source>says they worked at the company</source>
        <translation>自称曾在公司任职</translation>
    </message>
    <message>
        <source>screen name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>screenshot saved to {path}</source>
        <translation>截图已保存到 {path}</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>sent (confirmed on the repost timeline)</source>
        <translation>已发送（已在转发列表中确认）</translation>
    </message>
    <message>
        <source>sent with a new text (the first was a repeat)</source>
        <translation>已换用新文字发送（第一版与已发内容重复）</translation>
    </message>
    <message>
        <source>set-up</source>
        <translation>初始设置</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>spam</source>
        <translation>垃圾</translation>
    </message>
    <message>
        <source>spam words of the rules</source>
        <translation>规则中的垃圾信息词</translation>
    </message>
    <message>
        <source>spent {spent} of {budget}</source>
        <translation>已花费 {spent} / 预算 {budget}</translation>
    </message>
    <message>
        <source>standard (new apps)</source>
        <translation>标准版（新应用）</translation>
    </message>
    <message>
        <source>start at</source>
        <translation>开始于</translation>
    </message>
    <message>
        <source>starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>stored; leave empty to keep it</source>
        <translation>已保存；留空则保持不变</translation>
    </message>
    <message>
        <source>sub-brand</source>
        <translation>子品牌</translation>
    </message>
    <message>
        <source>sub_brand</source>
        <translation>子品牌</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>系统建议</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统（自动检查）</translation>
    </message>
    <message>
        <source>system keyring (Secret Service)</source>
        <translation>系统密钥环（Secret Service）</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>template {n}: {problem}</source>
        <translation>模板 {n}：{problem}</translation>
    </message>
    <message>
        <source>terms</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>the forward&apos;s Weibo id (optional)</source>
        <translation>该转发的微博 ID（可选）</translation>
    </message>
    <message>
        <source>the keyring did not give the token; will look again</source>
        <translation>系统钥匙串未给出授权令牌，稍后再取</translation>
    </message>
    <message>
        <source>the model is unsure (confidence {c})</source>
        <translation>模型不确定（置信度 {c}）</translation>
    </message>
    <message>
        <source>the name contains {w}</source>
        <translation>名称含“{w}”</translation>
    </message>
    <message>
        <source>the platform answered that this text was already sent; counted as sent</source>
        <translation>平台答复这段文字已发过，按已发送计</translation>
    </message>
    <message>
        <source>the platform-verified reason</source>
        <translation>平台认证信息</translation>
    </message>
    <message>
        <source>the reply&apos;s text</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <source>the reposted text has crisis words</source>
        <translation>被转发的内容含危机词</translation>
    </message>
    <message>
        <source>the screen name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>the self-written description</source>
        <translation>自填简介</translation>
    </message>
    <message>
        <source>the team&apos;s routing</source>
        <translation>团队分配规则</translation>
    </message>
    <message>
        <source>the text of a forward</source>
        <translation>某条转发的文案</translation>
    </message>
    <message>
        <source>the time of a forward</source>
        <translation>某条转发的时间</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>tie to the company</source>
        <translation>与公司的关联</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>改为</translation>
    </message>
    <message>
        <source>token expired</source>
        <translation>授权已过期</translation>
    </message>
    <message>
        <source>token expired — reconnect the account</source>
        <translation>令牌已过期 —— 请重新连接该账号</translation>
    </message>
    <message>
        <source>token expired: </source>
        <translation>授权已过期：</translation>
    </message>
    <message>
        <source>told on</source>
        <translation>得知日期</translation>
    </message>
    <message>
        <source>topics, comma separated; empty = every post</source>
        <translation>话题，用逗号分隔；留空表示所有微博</translation>
    </message>
    <message>
        <source>triaged</source>
        <translation>已分类</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>未回复</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>认证状态</translation>
    </message>
    <message>
        <source>verification flag</source>
        <translation>认证风险</translation>
    </message>
    <message>
        <source>verification flag ({severity})</source>
        <translation>认证风险（{severity}）</translation>
    </message>
    <message>
        <source>verification text</source>
        <translation>认证说明</translation>
    </message>
    <message>
        <source>verification type</source>
        <translation>认证类型</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>认证状态</translation>
    </message>
    <message>
        <source>verified as a media outlet (type {n})</source>
        <translation>认证为媒体（类型 {n}）</translation>
    </message>
    <message>
        <source>verified as an institution (type {n})</source>
        <translation>认证为机构（类型 {n}）</translation>
    </message>
    <message>
        <source>verified as {kind}</source>
        <translation>已认证（{kind}）</translation>
    </message>
    <message>
        <source>verified by the platform</source>
        <translation>已通过平台认证</translation>
    </message>
    <message>
        <source>verified, the name contains {w}</source>
        <translation>已认证，名称含“{w}”</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>version {v}</source>
        <translation>第 {v} 版</translation>
    </message>
    <message>
        <source>via</source>
        <translation>经由</translation>
    </message>
    <message>
        <source>waiting for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>watch list</source>
        <translation>监测词表</translation>
    </message>
    <message>
        <source>website (blue V)</source>
        <translation>网站（蓝V）</translation>
    </message>
    <message>
        <source>what</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>will try again</source>
        <translation>稍后重试</translation>
    </message>
    <message>
        <source>will try again: </source>
        <translation>稍后重试：</translation>
    </message>
    <message>
        <source>winners</source>
        <translation>中奖人数</translation>
    </message>
    <message>
        <source>word</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>words</source>
        <translation>词语</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>后台任务</translation>
    </message>
    <message>
        <source>works at the company</source>
        <translation>在公司任职</translation>
    </message>
    <message>
        <source>works there (“{m}”)</source>
        <translation>在公司任职（“{m}”）</translation>
    </message>
    <message>
        <source>written by {who}</source>
        <translation>由 {who} 撰写</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>yuan, e.g. 30</source>
        <translation>元，如 30</translation>
    </message>
    <message>
        <source>yuan, e.g. 5000</source>
        <translation>元，如 5000</translation>
    </message>
    <message>
        <source>yuan, e.g. 800</source>
        <translation>元，例如 800</translation>
    </message>
    <message>
        <source>yuan; empty: the account&apos;s cost per forward</source>
        <translation>元；留空则按该账号的单次转发费用</translation>
    </message>
    <message>
        <source>zombie-like (no followers)</source>
        <translation>疑似僵尸号（无粉丝）</translation>
    </message>
    <message>
        <source>zoom ×{z}</source>
        <translation>缩放 ×{z}</translation>
    </message>
    <message>
        <source>{account} · due {due}</source>
        <translation>{account} · {due} 到期</translation>
    </message>
    <message>
        <source>{account} · {author} · first seen {seen}</source>
        <translation>{account} · {author} · 首次发现 {seen}</translation>
    </message>
    <message>
        <source>{account} · {category} · was due {due}</source>
        <translation>{account} · {category} · 应于 {due} 回复</translation>
    </message>
    <message>
        <source>{author} wrote: {text}</source>
        <translation>{author}：{text}</translation>
    </message>
    <message>
        <source>{below} of {n} accounts are below the industry average</source>
        <translation>{n} 个账号中有 {below} 个低于行业平均</translation>
    </message>
    <message>
        <source>{company} Weibo matrix: monthly report for {month}</source>
        <translation>{company} 微博矩阵月报（{month}）</translation>
    </message>
    <message>
        <source>{cost} for this forward; {left} left of the budget</source>
        <translation>本次转发 {cost}；预算剩余 {left}</translation>
    </message>
    <message>
        <source>{cost} per thousand reached</source>
        <translation>每千次触达 {cost}</translation>
    </message>
    <message>
        <source>{day} {weekday}: make-up working day ({name})</source>
        <translation>{day} {weekday}：调休上班（{name}）</translation>
    </message>
    <message>
        <source>{day} {weekday}: {name}, day off</source>
        <translation>{day} {weekday}：{name}，放假</translation>
    </message>
    <message>
        <source>{field} says “{evidence}”: the account {how}, so its posts read as the company&apos;s.</source>
        <translation>{field}中写着“{evidence}”：该账号{how}，它发的微博会被当作公司的表态。</translation>
    </message>
    <message>
        <source>{kind} {name} was changed by {who} after you opened it (changed: {what}). Your change was not saved, so nothing was overwritten. Look at the new version and make your change again.</source>
        <translation>{kind}“{name}”在你打开后已被{who}修改（改动：{what}）。你的修改没有保存，别人的修改也没有被覆盖。请查看最新内容后重新修改。</translation>
    </message>
    <message>
        <source>{label}: a link</source>
        <translation>{label}：含链接</translation>
    </message>
    <message>
        <source>{label}: mentions someone</source>
        <translation>{label}：提到了某人</translation>
    </message>
    <message>
        <source>{label}: reposted “{gram}”</source>
        <translation>{label}：转发内容中的「{gram}」</translation>
    </message>
    <message>
        <source>{label}: {feature}</source>
        <translation>{label}：{feature}</translation>
    </message>
    <message>
        <source>{label}: {feature} ({words})</source>
        <translation>{label}：{feature}（{words}）</translation>
    </message>
    <message>
        <source>{label}: “{gram}”</source>
        <translation>{label}：「{gram}」</translation>
    </message>
    <message>
        <source>{lo}–{hi} min</source>
        <translation>{lo}–{hi} 分钟</translation>
    </message>
    <message>
        <source>{mid} is not a Weibo post id.</source>
        <translation>{mid} 不是有效的微博 ID（mid）。</translation>
    </message>
    <message>
        <source>{name} is already the official account; a matrix has one official account.</source>
        <translation>{name} 已是官方账号；一个矩阵只有一个官方账号。</translation>
    </message>
    <message>
        <source>{name} is connected; its token is in the keyring</source>
        <translation>{name} 已连接，令牌已存入钥匙串</translation>
    </message>
    <message>
        <source>{name} is not a credentials file.</source>
        <translation>{name} 不是凭据文件。</translation>
    </message>
    <message>
        <source>{name} is not an active member of this team database.</source>
        <translation>{name} 不是该团队数据库的在职成员。</translation>
    </message>
    <message>
        <source>{name} is not an active team member.</source>
        <translation>{name} 不是在职的团队成员。</translation>
    </message>
    <message>
        <source>{name} is the last admin; make someone else an admin first.</source>
        <translation>{name} 是最后一位管理员；请先把其他成员设为管理员。</translation>
    </message>
    <message>
        <source>{name} is the team&apos;s admin.</source>
        <translation>{name} 是团队的管理员。</translation>
    </message>
    <message>
        <source>{name} may not do this: it needs the {role} role.</source>
        <translation>{name} 无权进行此操作：需要“{role}”角色。</translation>
    </message>
    <message>
        <source>{name} {start}–{end}: {lead}</source>
        <translation>{name} {start}–{end}：{lead}</translation>
    </message>
    <message>
        <source>{name}: {n} mentions in the last hours (usually {usual:.1f})</source>
        <translation>{name}：近几小时 {n} 条提及（平时 {usual:.1f}）</translation>
    </message>
    <message>
        <source>{n} ({c} with a comment, {p} plain reposts)</source>
        <translation>{n} 条（{c} 条带评论，{p} 条直接转发）</translation>
    </message>
    <message>
        <source>{n} / 140 characters as Weibo counts them</source>
        <translation>{n} / 140 字（按微博计数）</translation>
    </message>
    <message>
        <source>{n} accounts</source>
        <translation>共 {n} 个账号</translation>
    </message>
    <message>
        <source>{n} accounts checked: {o} flags opened, {r} resolved</source>
        <translation>已检查 {n} 个账号：新增 {o} 条风险，解除 {r} 条</translation>
    </message>
    <message>
        <source>{n} accounts connected.</source>
        <translation>已连接 {n} 个账号。</translation>
    </message>
    <message>
        <source>{n} accounts, {r} rules</source>
        <translation>{n} 个账号，{r} 条规则</translation>
    </message>
    <message>
        <source>{n} approvals taken back; nothing was sent</source>
        <translation>已撤回 {n} 条通过；没有发出任何回复</translation>
    </message>
    <message>
        <source>{n} crisis signal(s) need attention now — latest: {text}</source>
        <translation>{n} 条危机信号需要立即处理 —— 最新：{text}</translation>
    </message>
    <message>
        <source>{n} d notice</source>
        <translation>提前 {n} 天得知</translation>
    </message>
    <message>
        <source>{n} entrants frozen at the deadline, {e} eligible</source>
        <translation>截止时冻结 {n} 名参与者，其中 {e} 名有资格</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>共 {n} 条记录</translation>
    </message>
    <message>
        <source>{n} flags</source>
        <translation>共 {n} 条风险</translation>
    </message>
    <message>
        <source>{n} followed accounts</source>
        <translation>{n} 个被关注账号</translation>
    </message>
    <message>
        <source>{n} followers</source>
        <translation>粉丝 {n}</translation>
    </message>
    <message>
        <source>{n} forwards waiting to be sent; next at {t}</source>
        <translation>{n} 条转发待发送；下一条于 {t}</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>共 {n} 条</translation>
    </message>
    <message>
        <source>{n} items need attention</source>
        <translation>{n} 项待处理</translation>
    </message>
    <message>
        <source>{n} members</source>
        <translation>共 {n} 名成员</translation>
    </message>
    <message>
        <source>{n} of {total} replies</source>
        <translation>{n} / {total} 条回复</translation>
    </message>
    <message>
        <source>{n} posts in the period</source>
        <translation>期间共 {n} 条微博</translation>
    </message>
    <message>
        <source>{n} problems were found; nothing was changed.</source>
        <translation>发现 {n} 个问题，未做任何更改。</translation>
    </message>
    <message>
        <source>{n} replies approved; Undo takes them back until they are sent</source>
        <translation>已通过 {n} 条回复；发出前可点“撤回”收回</translation>
    </message>
    <message>
        <source>{n} replies approved; sent in {s} s unless you take them back.</source>
        <translation>已通过 {n} 条回复；{s} 秒后发出，可在此之前撤回。</translation>
    </message>
    <message>
        <source>{n} snapshots, one per sync</source>
        <translation>{n} 个快照，每次同步一个</translation>
    </message>
    <message>
        <source>{n} tickets</source>
        <translation>{n} 个工单</translation>
    </message>
    <message>
        <source>{n} tickets exported to {path}</source>
        <translation>{n} 个工单已导出到 {path}</translation>
    </message>
    <message>
        <source>{n} tokens need renewal ({names}): select one and press Connect account… to renew it.</source>
        <translation>{n} 个令牌需要续期（{names}）：选中后点击“连接账号…”重新授权。</translation>
    </message>
    <message>
        <source>{n} × {why}</source>
        <translation>{n} 个账号：{why}</translation>
    </message>
    <message>
        <source>{ok} of {n} answered within the SLA, {late} late, {open} unanswered; median {median} h</source>
        <translation>{n} 条中 {ok} 条在时限内回复，{late} 条超时，{open} 条未回复；中位数 {median} 小时</translation>
    </message>
    <message>
        <source>{opened} opened ({by}), {closed} closed, {open} open at the end of the month</source>
        <translation>新增 {opened} 个（{by}），关闭 {closed} 个，月末仍有 {open} 个未处理</translation>
    </message>
    <message>
        <source>{pct} (industry average 2.14%; {fans} distinct fans)</source>
        <translation>{pct}（行业平均 2.14%；去重互动粉丝 {fans} 人）</translation>
    </message>
    <message>
        <source>{r} reposts, {c} comments, {l} likes</source>
        <translation>{r} 转发，{c} 评论，{l} 赞</translation>
    </message>
    <message>
        <source>{sent} replies sent, {failed} failed</source>
        <translation>已发送 {sent} 条回复，失败 {failed} 条</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>{start} to {end} (local time); made {made}</source>
        <translation>{start} 至 {end}（本地时间）；生成于 {made}</translation>
    </message>
    <message>
        <source>{text} is not an amount of money (e.g. 80 or 12.50)</source>
        <translation>{text} 不是金额（例如 80 或 12.50）</translation>
    </message>
    <message>
        <source>{where} says “{evidence}”: {why}</source>
        <translation>{where}写着“{evidence}”：{why}</translation>
    </message>
    <message>
        <source>{year}: the holidays are not published in this version yet; weekdays count until an update brings them</source>
        <translation>{year} 年：本版本尚未包含该年的节假日安排；在更新之前按工作日计算</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……还有 {n} 个</translation>
    </message>
    <message>
        <source>● repost  ■ comment</source>
        <translation>● 转发  ■ 评论</translation>
    </message>
    <message>
        <source>✎ draft  ? in review  ● scheduled  ✓ published  ✗ failed  ⚠ clash  ⚑ gap  ◆ campaign</source>
        <translation>✎ 草稿  ? 待审核  ● 已排期  ✓ 已发布  ✗ 失败  ⚠ 冲突  ⚑ 缺口  ◆ 活动</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation>✗ 缺失</translation>
    </message>
</context>
</TS>
