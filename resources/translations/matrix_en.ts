<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>#{id} · {account} · {author} (followers {followers})
{text}</source>
        <translation>#{id} · {account} · {author} (followers {followers})
{text}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>(the team&apos;s routing)</source>
        <translation>(the team&apos;s routing)</translation>
    </message>
    <message>
        <source>*No style guide yet: write down this account&apos;s voice so a substitute editor keeps it.*</source>
        <translation>*No style guide yet: write down this account&apos;s voice so a substitute editor keeps it.*</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>1–4 hours</source>
        <translation>1–4 hours</translation>
    </message>
    <message>
        <source>4–24 hours</source>
        <translation>4–24 hours</translation>
    </message>
    <message>
        <source>; {n} failed (see Accounts)</source>
        <translation>; {n} failed (see Accounts)</translation>
    </message>
    <message>
        <source>; {n} wait for the platform&apos;s call limit until {time}</source>
        <translation>; {n} wait for the platform&apos;s call limit until {time}</translation>
    </message>
    <message>
        <source>A campaign named {name} already exists.</source>
        <translation>A campaign named {name} already exists.</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>A campaign needs a name.</translation>
    </message>
    <message>
        <source>A draw needs a name of 1 to {n} characters.</source>
        <translation>A draw needs a name of 1 to {n} characters.</translation>
    </message>
    <message>
        <source>A flag was raised</source>
        <translation>A flag was raised</translation>
    </message>
    <message>
        <source>A forward failed</source>
        <translation>A forward failed</translation>
    </message>
    <message>
        <source>A leader&apos;s account without platform verification: fans cannot tell it is really the person in charge.</source>
        <translation>A leader&apos;s account without platform verification: fans cannot tell it is really the person in charge.</translation>
    </message>
    <message>
        <source>A member named {name} already exists.</source>
        <translation>A member named {name} already exists.</translation>
    </message>
    <message>
        <source>A member needs at least one role.</source>
        <translation>A member needs at least one role.</translation>
    </message>
    <message>
        <source>A member&apos;s name has 1 to 40 letters, digits, Chinese characters, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>A member&apos;s name has 1 to 40 letters, digits, Chinese characters, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</translation>
    </message>
    <message>
        <source>A named reviewer</source>
        <translation>A named reviewer</translation>
    </message>
    <message>
        <source>A post failed</source>
        <translation>A post failed</translation>
    </message>
    <message>
        <source>A reply failed</source>
        <translation>A reply failed</translation>
    </message>
    <message>
        <source>A second plan would forward the post twice. Replace the draft with a new plan? The draft is cancelled; nothing of it was sent.</source>
        <translation>A second plan would forward the post twice. Replace the draft with a new plan? The draft is cancelled; nothing of it was sent.</translation>
    </message>
    <message>
        <source>A token expired</source>
        <translation>A token expired</translation>
    </message>
    <message>
        <source>API tier</source>
        <translation>API tier</translation>
    </message>
    <message>
        <source>About Matrix Desktop</source>
        <translation>About Matrix Desktop</translation>
    </message>
    <message>
        <source>Accept the tie on purpose, with a reason (Ctrl+Shift+W)</source>
        <translation>Accept the tie on purpose, with a reason (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Account followed</source>
        <translation>Account followed</translation>
    </message>
    <message>
        <source>Account {name} is archived.</source>
        <translation>Account {name} is archived.</translation>
    </message>
    <message>
        <source>Account {uid} is not in the registry.</source>
        <translation>Account {uid} is not in the registry.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Acknowledged a crisis</source>
        <translation>Acknowledged a crisis</translation>
    </message>
    <message>
        <source>Acknowledged a flag</source>
        <translation>Acknowledged a flag</translation>
    </message>
    <message>
        <source>Acknowledged a keyword alert</source>
        <translation>Acknowledged a keyword alert</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Active hours</translation>
    </message>
    <message>
        <source>Add a campaign and an outside account first.</source>
        <translation>Add a campaign and an outside account first.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Add an outside account first (CLI: forward outside add).</source>
        <translation>Add an outside account first (CLI: forward outside add).</translation>
    </message>
    <message>
        <source>Add gift</source>
        <translation>Add gift</translation>
    </message>
    <message>
        <source>Add gift…</source>
        <translation>Add gift…</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Add rule…</translation>
    </message>
    <message>
        <source>Add the selected post</source>
        <translation>Add the selected post</translation>
    </message>
    <message>
        <source>Add the usual matrix and plan</source>
        <translation>Add the usual matrix and plan</translation>
    </message>
    <message>
        <source>Add the usual rules: every account amplifies the official account, sub-brands and employees amplify the leaders. Existing rules stay as they are.</source>
        <translation>Add the usual rules: every account amplifies the official account, sub-brands and employees amplify the leaders. Existing rules stay as they are.</translation>
    </message>
    <message>
        <source>Added a company event</source>
        <translation>Added a company event</translation>
    </message>
    <message>
        <source>Added a sensitive word</source>
        <translation>Added a sensitive word</translation>
    </message>
    <message>
        <source>Added a team member</source>
        <translation>Added a team member</translation>
    </message>
    <message>
        <source>Added {n} rules</source>
        <translation>Added {n} rules</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>Aliases and brands</source>
        <translation>Aliases and brands</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Also</translation>
    </message>
    <message>
        <source>An account with the uid {uid} is already registered.</source>
        <translation>An account with the uid {uid} is already registered.</translation>
    </message>
    <message>
        <source>An arrow points from the account whose posts are forwarded to the account that forwards them.</source>
        <translation>An arrow points from the account whose posts are forwarded to the account that forwards them.</translation>
    </message>
    <message>
        <source>An employee account verified as an organisation in the company&apos;s name ({field}: “{evidence}”): its posts read as the company&apos;s.</source>
        <translation>An employee account verified as an organisation in the company&apos;s name ({field}: “{evidence}”): its posts read as the company&apos;s.</translation>
    </message>
    <message>
        <source>An outside account needs a Weibo uid and a name.</source>
        <translation>An outside account needs a Weibo uid and a name.</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>Another seed gives another order and other texts</source>
        <translation>Another seed gives another order and other texts</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Answer manual</source>
        <translation>Answer manual</translation>
    </message>
    <message>
        <source>Answer manual entry</source>
        <translation>Answer manual entry</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Any age</translation>
    </message>
    <message>
        <source>Any leader</source>
        <translation>Any leader</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Any priority</translation>
    </message>
    <message>
        <source>Any reviewer</source>
        <translation>Any reviewer</translation>
    </message>
    <message>
        <source>App credentials</source>
        <translation>App credentials</translation>
    </message>
    <message>
        <source>App credentials…</source>
        <translation>App credentials…</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>App key</translation>
    </message>
    <message>
        <source>App key: {key}</source>
        <translation>App key: {key}</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>App secret</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>Approve (A)</translation>
    </message>
    <message>
        <source>Approve and send</source>
        <translation>Approve and send</translation>
    </message>
    <message>
        <source>Approve plan #{id}</source>
        <translation>Approve plan #{id}</translation>
    </message>
    <message>
        <source>Approve replies</source>
        <translation>Approve replies</translation>
    </message>
    <message>
        <source>Approve {n} (A)</source>
        <translation>Approve {n} (A)</translation>
    </message>
    <message>
        <source>Approve {n} replies? They are sent after the undo window.</source>
        <translation>Approve {n} replies? They are sent after the undo window.</translation>
    </message>
    <message>
        <source>Approved a forwarding plan</source>
        <translation>Approved a forwarding plan</translation>
    </message>
    <message>
        <source>Approved a post</source>
        <translation>Approved a post</translation>
    </message>
    <message>
        <source>Approved a reply</source>
        <translation>Approved a reply</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Approved by {who} at {t} — edits need a new approval</source>
        <translation>Approved by {who} at {t} — edits need a new approval</translation>
    </message>
    <message>
        <source>Approved, to send</source>
        <translation>Approved, to send</translation>
    </message>
    <message>
        <source>Approving a plan needs the leader role</source>
        <translation>Approving a plan needs the leader role</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Archive account</source>
        <translation>Archive account</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the matrix (no forwarding, no sync) but its history is kept, and Restore brings it back.</source>
        <translation>Archive {name}? It leaves the matrix (no forwarding, no sync) but its history is kept, and Restore brings it back.</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Archived an account</source>
        <translation>Archived an account</translation>
    </message>
    <message>
        <source>Assign to me (A)</source>
        <translation>Assign to me (A)</translation>
    </message>
    <message>
        <source>Assigned an item</source>
        <translation>Assigned an item</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>Assigned to {name}</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Author (followers)</source>
        <translation>Author (followers)</translation>
    </message>
    <message>
        <source>Authorise the account in the browser page that just opened. This window closes by itself when the platform sends the person back.</source>
        <translation>Authorise the account in the browser page that just opened. This window closes by itself when the platform sends the person back.</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Back up the database…</source>
        <translation>Back up the database…</translation>
    </message>
    <message>
        <source>Backed up the database</source>
        <translation>Backed up the database</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Backup written to {path}</translation>
    </message>
    <message>
        <source>Beijing time</source>
        <translation>Beijing time</translation>
    </message>
    <message>
        <source>Best hours to post: mean interactions by hour published</source>
        <translation>Best hours to post: mean interactions by hour published</translation>
    </message>
    <message>
        <source>Best: {h}:00 (local time)</source>
        <translation>Best: {h}:00 (local time)</translation>
    </message>
    <message>
        <source>Both the app key and the app secret are needed.</source>
        <translation>Both the app key and the app secret are needed.</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Brand story</source>
        <translation>Brand story</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget {budget} · spent {spent} (forwards {f}, gifts {g}) · left {left} · reach {reach} · {cpr}</source>
        <translation>Budget {budget} · spent {spent} (forwards {f}, gifts {g}) · left {left} · reach {reach} · {cpr}</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Business hours</translation>
    </message>
    <message>
        <source>Business keywords</source>
        <translation>Business keywords</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel plan</source>
        <translation>Cancel plan</translation>
    </message>
    <message>
        <source>Cancel plan #{id}? Forwards not yet sent will not be sent.</source>
        <translation>Cancel plan #{id}? Forwards not yet sent will not be sent.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Cancelled a plan</source>
        <translation>Cancelled a plan</translation>
    </message>
    <message>
        <source>Cancelled a post</source>
        <translation>Cancelled a post</translation>
    </message>
    <message>
        <source>Cannot be approved: {first} (and {n} more marked ✗ above)</source>
        <translation>Cannot be approved: {first} (and {n} more marked ✗ above)</translation>
    </message>
    <message>
        <source>Cannot be approved: {reasons}</source>
        <translation>Cannot be approved: {reasons}</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Category set to {c}; the triage remembers it</source>
        <translation>Category set to {c}; the triage remembers it</translation>
    </message>
    <message>
        <source>Change roles…</source>
        <translation>Change roles…</translation>
    </message>
    <message>
        <source>Changed a forwarding rule</source>
        <translation>Changed a forwarding rule</translation>
    </message>
    <message>
        <source>Changed a member&apos;s roles</source>
        <translation>Changed a member&apos;s roles</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Changed a setting</translation>
    </message>
    <message>
        <source>Changed forwarding settings</source>
        <translation>Changed forwarding settings</translation>
    </message>
    <message>
        <source>Changed on another desktop</source>
        <translation>Changed on another desktop</translation>
    </message>
    <message>
        <source>Changed response deadlines</source>
        <translation>Changed response deadlines</translation>
    </message>
    <message>
        <source>Changed review settings</source>
        <translation>Changed review settings</translation>
    </message>
    <message>
        <source>Changed the app credentials</source>
        <translation>Changed the app credentials</translation>
    </message>
    <message>
        <source>Changed the company profile</source>
        <translation>Changed the company profile</translation>
    </message>
    <message>
        <source>Changed the daily draft limit</source>
        <translation>Changed the daily draft limit</translation>
    </message>
    <message>
        <source>Changed the forwarding lines</source>
        <translation>Changed the forwarding lines</translation>
    </message>
    <message>
        <source>Changed the forwarding setup</source>
        <translation>Changed the forwarding setup</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Check every account&apos;s verification text again (Ctrl+Shift+R)</source>
        <translation>Check every account&apos;s verification text again (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Check expiry</source>
        <translation>Check expiry</translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translation>Checking the audit trail</translation>
    </message>
    <message>
        <source>Checking the draft…</source>
        <translation>Checking the draft…</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>Checking {name}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Choose a campaign and an outside account.</source>
        <translation>Choose a campaign and an outside account.</translation>
    </message>
    <message>
        <source>Choose the account in the composer first</source>
        <translation>Choose the account in the composer first</translation>
    </message>
    <message>
        <source>Choose who is working first.</source>
        <translation>Choose who is working first.</translation>
    </message>
    <message>
        <source>Choose yourself. Your roles decide what you may do.</source>
        <translation>Choose yourself. Your roles decide what you may do.</translation>
    </message>
    <message>
        <source>Click a marker on the timeline</source>
        <translation>Click a marker on the timeline</translation>
    </message>
    <message>
        <source>Click an account on the graph</source>
        <translation>Click an account on the graph</translation>
    </message>
    <message>
        <source>Close item</source>
        <translation>Close item</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Close ticket</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Closed an item</source>
        <translation>Closed an item</translation>
    </message>
    <message>
        <source>Collect the facts: screenshots, author, batch number, order, time line</source>
        <translation>Collect the facts: screenshots, author, batch number, order, time line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Commitment (published before the deadline)</source>
        <translation>Commitment (published before the deadline)</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>Company profile</translation>
    </message>
    <message>
        <source>Company profile saved. {n} accounts checked: {o} flags opened, {r} resolved</source>
        <translation>Company profile saved. {n} accounts checked: {o} flags opened, {r} resolved</translation>
    </message>
    <message>
        <source>Company profile…</source>
        <translation>Company profile…</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Complaints and the SLA</source>
        <translation>Complaints and the SLA</translation>
    </message>
    <message>
        <source>Complaints answered within the SLA</source>
        <translation>Complaints answered within the SLA</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Composer</translation>
    </message>
    <message>
        <source>Connect a Weibo account</source>
        <translation>Connect a Weibo account</translation>
    </message>
    <message>
        <source>Connect accounts</source>
        <translation>Connect accounts</translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation>Connect account…</translation>
    </message>
    <message>
        <source>Connect an account in the browser…</source>
        <translation>Connect an account in the browser…</translation>
    </message>
    <message>
        <source>Connect at least one account first.</source>
        <translation>Connect at least one account first.</translation>
    </message>
    <message>
        <source>Connect the matrix&apos;s Weibo accounts: one by one in the browser, or all at once from a credentials file (the sandbox prints one with --print-credentials).</source>
        <translation>Connect the matrix&apos;s Weibo accounts: one by one in the browser, or all at once from a credentials file (the sandbox prints one with --print-credentials).</translation>
    </message>
    <message>
        <source>Connected an account</source>
        <translation>Connected an account</translation>
    </message>
    <message>
        <source>Connecting accounts</source>
        <translation>Connecting accounts</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact the person in private with the holding reply; ask for contact details</source>
        <translation>Contact the person in private with the holding reply; ask for contact details</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <source>Copy ticket</source>
        <translation>Copy ticket</translation>
    </message>
    <message>
        <source>Corrected a category</source>
        <translation>Corrected a category</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Cost per forward</source>
        <translation>Cost per forward</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>Could not finish</translation>
    </message>
    <message>
        <source>Could not read {name}: {why}</source>
        <translation>Could not read {name}: {why}</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Created a campaign</source>
        <translation>Created a campaign</translation>
    </message>
    <message>
        <source>Created the default rules</source>
        <translation>Created the default rules</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <source>Credentials files (*.json)</source>
        <translation>Credentials files (*.json)</translation>
    </message>
    <message>
        <source>Crises</source>
        <translation>Crises</translation>
    </message>
    <message>
        <source>Crises and how they were handled</source>
        <translation>Crises and how they were handled</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>Crisis alert</source>
        <translation>Crisis alert</translation>
    </message>
    <message>
        <source>Crisis escalation checklist</source>
        <translation>Crisis escalation checklist</translation>
    </message>
    <message>
        <source>Crisis signal</source>
        <translation>Crisis signal</translation>
    </message>
    <message>
        <source>Crisis signal: {text}</source>
        <translation>Crisis signal: {text}</translation>
    </message>
    <message>
        <source>Crisis signals</source>
        <translation>Crisis signals</translation>
    </message>
    <message>
        <source>Crisis words</source>
        <translation>Crisis words</translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms, double-click shows all</source>
        <translation>Ctrl+wheel zooms, double-click shows all</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <source>Customer service ticket #{id}: {status}</source>
        <translation>Customer service ticket #{id}: {status}</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>Daily cap</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>Data and backups</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Database backups (*.db)</source>
        <translation>Database backups (*.db)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer work in the app; what they did stays in the audit trail.</source>
        <translation>Deactivate {name}? They can no longer work in the app; what they did stays in the audit trail.</translation>
    </message>
    <message>
        <source>Deactivated a team member</source>
        <translation>Deactivated a team member</translation>
    </message>
    <message>
        <source>Deadline (Beijing)</source>
        <translation>Deadline (Beijing)</translation>
    </message>
    <message>
        <source>Deadlines and review</source>
        <translation>Deadlines and review</translation>
    </message>
    <message>
        <source>Deadlines saved; new items are due by them</source>
        <translation>Deadlines saved; new items are due by them</translation>
    </message>
    <message>
        <source>Dealers and partners</source>
        <translation>Dealers and partners</translation>
    </message>
    <message>
        <source>Default rules</source>
        <translation>Default rules</translation>
    </message>
    <message>
        <source>Default rules…</source>
        <translation>Default rules…</translation>
    </message>
    <message>
        <source>Deferred by the rate limit until {t}</source>
        <translation>Deferred by the rate limit until {t}</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Delay</translation>
    </message>
    <message>
        <source>Delay from</source>
        <translation>Delay from</translation>
    </message>
    <message>
        <source>Delay to</source>
        <translation>Delay to</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <source>Delete the entry {key} «{q}»?</source>
        <translation>Delete the entry {key} «{q}»?</translation>
    </message>
    <message>
        <source>Delete the watch list {name} and its alerts?</source>
        <translation>Delete the watch list {name} and its alerts?</translation>
    </message>
    <message>
        <source>Delete this reply</source>
        <translation>Delete this reply</translation>
    </message>
    <message>
        <source>Delete this reply…</source>
        <translation>Delete this reply…</translation>
    </message>
    <message>
        <source>Delete watch list</source>
        <translation>Delete watch list</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Deleted a manual entry</source>
        <translation>Deleted a manual entry</translation>
    </message>
    <message>
        <source>Deleted a sent reply</source>
        <translation>Deleted a sent reply</translation>
    </message>
    <message>
        <source>Deleted a watch list</source>
        <translation>Deleted a watch list</translation>
    </message>
    <message>
        <source>Deleted by {who}</source>
        <translation>Deleted by {who}</translation>
    </message>
    <message>
        <source>Deleting the reply</source>
        <translation>Deleting the reply</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Distinct fans who commented, mentioned or were answered; a fan counts once</source>
        <translation>Distinct fans who commented, mentioned or were answered; a fan counts once</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Draft the announcement</source>
        <translation>Draft the announcement</translation>
    </message>
    <message>
        <source>Drafted a post</source>
        <translation>Drafted a post</translation>
    </message>
    <message>
        <source>Drafts go to</source>
        <translation>Drafts go to</translation>
    </message>
    <message>
        <source>Draw #{id} closes at {at}; it cannot be run before.</source>
        <translation>Draw #{id} closes at {at}; it cannot be run before.</translation>
    </message>
    <message>
        <source>Draw #{id} has not been run yet: there are no winners.</source>
        <translation>Draw #{id} has not been run yet: there are no winners.</translation>
    </message>
    <message>
        <source>Draw «{name}»: {state}, {n} of {want} winners</source>
        <translation>Draw «{name}»: {state}, {n} of {want} winners</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Drawing…</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <source>Drop forward</source>
        <translation>Drop forward</translation>
    </message>
    <message>
        <source>Dropped a planned forward</source>
        <translation>Dropped a planned forward</translation>
    </message>
    <message>
        <source>Edit (kept beside the suggestion)</source>
        <translation>Edit (kept beside the suggestion)</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <source>Edit roles</source>
        <translation>Edit roles</translation>
    </message>
    <message>
        <source>Edit rule…</source>
        <translation>Edit rule…</translation>
    </message>
    <message>
        <source>Edit style guide…</source>
        <translation>Edit style guide…</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <source>Edit text…</source>
        <translation>Edit text…</translation>
    </message>
    <message>
        <source>Edit the suggestion or write a reply; a leader reviews it before it is sent</source>
        <translation>Edit the suggestion or write a reply; a leader reviews it before it is sent</translation>
    </message>
    <message>
        <source>Edited a planned forward</source>
        <translation>Edited a planned forward</translation>
    </message>
    <message>
        <source>Edited a post</source>
        <translation>Edited a post</translation>
    </message>
    <message>
        <source>Edited an account</source>
        <translation>Edited an account</translation>
    </message>
    <message>
        <source>Edited the answer manual</source>
        <translation>Edited the answer manual</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Employee tied to the company</source>
        <translation>Employee tied to the company</translation>
    </message>
    <message>
        <source>Employee verification flags</source>
        <translation>Employee verification flags</translation>
    </message>
    <message>
        <source>Employee verified as an organisation</source>
        <translation>Employee verified as an organisation</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>English names</source>
        <translation>English names</translation>
    </message>
    <message>
        <source>Escalation checklist…</source>
        <translation>Escalation checklist…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Everyone amplifies the official account; sub-brands and employees amplify the leaders. Only missing rules are added.</source>
        <translation>Everyone amplifies the official account; sub-brands and employees amplify the leaders. Only missing rules are added.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Executive</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export accounts</source>
        <translation>Export accounts</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Export chart data</translation>
    </message>
    <message>
        <source>Export tickets</source>
        <translation>Export tickets</translation>
    </message>
    <message>
        <source>Exported service tickets</source>
        <translation>Exported service tickets</translation>
    </message>
    <message>
        <source>Exported the audit key</source>
        <translation>Exported the audit key</translation>
    </message>
    <message>
        <source>Exported {n} accounts to {file}</source>
        <translation>Exported {n} accounts to {file}</translation>
    </message>
    <message>
        <source>Exported {n} entries to {file}</source>
        <translation>Exported {n} entries to {file}</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>Exporting accounts</source>
        <translation>Exporting accounts</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Fan activity</source>
        <translation>Fan activity</translation>
    </message>
    <message>
        <source>Fans&apos; comments and mentions synced</source>
        <translation>Fans&apos; comments and mentions synced</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>First admin</source>
        <translation>First admin</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>First answer</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <source>First sync</source>
        <translation>First sync</translation>
    </message>
    <message>
        <source>First-response deadlines (SLA)</source>
        <translation>First-response deadlines (SLA)</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>Fit to view</translation>
    </message>
    <message>
        <source>Flag #{id} no longer exists.</source>
        <translation>Flag #{id} no longer exists.</translation>
    </message>
    <message>
        <source>Flag acknowledged: {name}</source>
        <translation>Flag acknowledged: {name}</translation>
    </message>
    <message>
        <source>Flag on {name} is now {state}</source>
        <translation>Flag on {name} is now {state}</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>Followed by</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Followers of</source>
        <translation>Followers of</translation>
    </message>
    <message>
        <source>Followers of the matrix</source>
        <translation>Followers of the matrix</translation>
    </message>
    <message>
        <source>Followers over time: {who}</source>
        <translation>Followers over time: {who}</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Following</translation>
    </message>
    <message>
        <source>Following lists</source>
        <translation>Following lists</translation>
    </message>
    <message>
        <source>Forward id</source>
        <translation>Forward id</translation>
    </message>
    <message>
        <source>Forwarded a post</source>
        <translation>Forwarded a post</translation>
    </message>
    <message>
        <source>Forwarder</source>
        <translation>Forwarder</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Forwarding</translation>
    </message>
    <message>
        <source>Forwarding account</source>
        <translation>Forwarding account</translation>
    </message>
    <message>
        <source>Forwarding plan</source>
        <translation>Forwarding plan</translation>
    </message>
    <message>
        <source>Forwarding plan #{id} drafted; a leader approves it in Forwarding</source>
        <translation>Forwarding plan #{id} drafted; a leader approves it in Forwarding</translation>
    </message>
    <message>
        <source>Forwarding plans: {ids}</source>
        <translation>Forwarding plans: {ids}</translation>
    </message>
    <message>
        <source>Forwarding rule</source>
        <translation>Forwarding rule</translation>
    </message>
    <message>
        <source>Forwards</source>
        <translation>Forwards</translation>
    </message>
    <message>
        <source>Forwards {n} · reach {reach} · interactions {i} · paid forwards {f} · gifts {g} · left {left}</source>
        <translation>Forwards {n} · reach {reach} · interactions {i} · paid forwards {f} · gifts {g} · left {left}</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>From the answer manual</source>
        <translation>From the answer manual</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Gift ledger</source>
        <translation>Gift ledger</translation>
    </message>
    <message>
        <source>Go to item</source>
        <translation>Go to item</translation>
    </message>
    <message>
        <source>Handed to customer service</source>
        <translation>Handed to customer service</translation>
    </message>
    <message>
        <source>Handed to customer service; export or copy the ticket</source>
        <translation>Handed to customer service; export or copy the ticket</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Hold all scheduled posts and forwarding campaigns of the matrix</source>
        <translation>Hold all scheduled posts and forwarding campaigns of the matrix</translation>
    </message>
    <message>
        <source>Holidays and make-up days from</source>
        <translation>Holidays and make-up days from</translation>
    </message>
    <message>
        <source>Holidays are not counted: only the working days above</source>
        <translation>Holidays are not counted: only the working days above</translation>
    </message>
    <message>
        <source>Hours must look like 23:00-08:00 (from-to, 24-hour clock).</source>
        <translation>Hours must look like 23:00-08:00 (from-to, 24-hour clock).</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Import CSV/Markdown…</source>
        <translation>Import CSV/Markdown…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Import a credentials file</source>
        <translation>Import a credentials file</translation>
    </message>
    <message>
        <source>Import a credentials file…</source>
        <translation>Import a credentials file…</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>Import accounts</translation>
    </message>
    <message>
        <source>Import answer manual</source>
        <translation>Import answer manual</translation>
    </message>
    <message>
        <source>Imported accounts</source>
        <translation>Imported accounts</translation>
    </message>
    <message>
        <source>Imported credentials</source>
        <translation>Imported credentials</translation>
    </message>
    <message>
        <source>Imported sensitive words</source>
        <translation>Imported sensitive words</translation>
    </message>
    <message>
        <source>Imported the answer manual</source>
        <translation>Imported the answer manual</translation>
    </message>
    <message>
        <source>Imported the audit key</source>
        <translation>Imported the audit key</translation>
    </message>
    <message>
        <source>Imported {n} accounts: {c} new, {u} updated</source>
        <translation>Imported {n} accounts: {c} new, {u} updated</translation>
    </message>
    <message>
        <source>Imported {n} entries</source>
        <translation>Imported {n} entries</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Importing {file}</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Inbox zero: every comment and mention is handled</source>
        <translation>Inbox zero: every comment and mention is handled</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Industry average 2.14%</source>
        <translation>Industry average 2.14%</translation>
    </message>
    <message>
        <source>Inform quality/after-sales to check the batch</source>
        <translation>Inform quality/after-sales to check the batch</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Interactions on them (reposts + comments + likes)</source>
        <translation>Interactions on them (reposts + comments + likes)</translation>
    </message>
    <message>
        <source>Interactions per post (reposts + comments + likes)</source>
        <translation>Interactions per post (reposts + comments + likes)</translation>
    </message>
    <message>
        <source>Interactive fans ÷ followers</source>
        <translation>Interactive fans ÷ followers</translation>
    </message>
    <message>
        <source>Interactive-fan ratio of the matrix</source>
        <translation>Interactive-fan ratio of the matrix</translation>
    </message>
    <message>
        <source>Interactive-fan ratio per account (%), top {n}</source>
        <translation>Interactive-fan ratio per account (%), top {n}</translation>
    </message>
    <message>
        <source>Interactive-fan ratio per role (%)</source>
        <translation>Interactive-fan ratio per role (%)</translation>
    </message>
    <message>
        <source>It is already approved or being sent. Cancel it first if it must be redone.</source>
        <translation>It is already approved or being sent. Cancel it first if it must be redone.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Item closed</source>
        <translation>Item closed</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the database or logs.</source>
        <translation>Kept in the system keyring, never in the database or logs.</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Keyring</translation>
    </message>
    <message>
        <source>Keyring: {name}</source>
        <translation>Keyring: {name}</translation>
    </message>
    <message>
        <source>Keys: A approve · E edit · R reject · S skip · J/K next/previous · Ctrl+Z take back</source>
        <translation>Keys: A approve · E edit · R reject · S skip · J/K next/previous · Ctrl+Z take back</translation>
    </message>
    <message>
        <source>Keys: J/K or ↓/↑ move · 1–6 category · A assign to me · R reply · E customer service</source>
        <translation>Keys: J/K or ↓/↑ move · 1–6 category · A assign to me · R reply · E customer service</translation>
    </message>
    <message>
        <source>Keyword alert</source>
        <translation>Keyword alert</translation>
    </message>
    <message>
        <source>Keyword alert: {name}, {n} mentions in the last hours</source>
        <translation>Keyword alert: {name}, {n} mentions in the last hours</translation>
    </message>
    <message>
        <source>Keyword alerts</source>
        <translation>Keyword alerts</translation>
    </message>
    <message>
        <source>Keyword monitoring</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Kinds</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <source>Last outcome: {answer}</source>
        <translation>Last outcome: {answer}</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>Last sync failed</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Last synced</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Launch</translation>
    </message>
    <message>
        <source>Laying out the report</source>
        <translation>Laying out the report</translation>
    </message>
    <message>
        <source>Leader not verified</source>
        <translation>Leader not verified</translation>
    </message>
    <message>
        <source>Leader&apos;s note: {note}</source>
        <translation>Leader&apos;s note: {note}</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Linked a paid campaign to an event</source>
        <translation>Linked a paid campaign to an event</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Location, link, avatar, cover and tags are not synced yet: check them on the account&apos;s page.</source>
        <translation>Location, link, avatar, cover and tags are not synced yet: check them on the account&apos;s page.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Loyal fans</source>
        <translation>Loyal fans</translation>
    </message>
    <message>
        <source>Made a forwarding plan</source>
        <translation>Made a forwarding plan</translation>
    </message>
    <message>
        <source>Mainland public holidays are days off; make-up days (调休) are worked</source>
        <translation>Mainland public holidays are days off; make-up days (调休) are worked</translation>
    </message>
    <message>
        <source>Mark the flag on {name} resolved? Do this when the tie is gone, for example the verification text was changed. A later check opens a new flag if the text still ties them to the company.</source>
        <translation>Mark the flag on {name} resolved? Do this when the tie is gone, for example the verification text was changed. A later check opens a new flag if the text still ties them to the company.</translation>
    </message>
    <message>
        <source>Markdown; every save keeps the earlier versions</source>
        <translation>Markdown; every save keeps the earlier versions</translation>
    </message>
    <message>
        <source>Master password of the encrypted keyring (app secret and account tokens):</source>
        <translation>Master password of the encrypted keyring (app secret and account tokens):</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Matrix Desktop</source>
        <translation>Matrix Desktop</translation>
    </message>
    <message>
        <source>Matrix Desktop {v}
Run a company&apos;s Weibo matrix: accounts, forwarding, inbox, flags.
Database: {db}</source>
        <translation>Matrix Desktop {v}
Run a company&apos;s Weibo matrix: accounts, forwarding, inbox, flags.
Database: {db}</translation>
    </message>
    <message>
        <source>Matrix Desktop — Weibo matrix</source>
        <translation>Matrix Desktop — Weibo matrix</translation>
    </message>
    <message>
        <source>Mean interactions</source>
        <translation>Mean interactions</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Median hours to first answer</source>
        <translation>Median hours to first answer</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Mentions in the window</source>
        <translation>Mentions in the window</translation>
    </message>
    <message>
        <source>Minimum gap</source>
        <translation>Minimum gap</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Monitor mentions and reposts every 15 minutes; log what changes</source>
        <translation>Monitor mentions and reposts every 15 minutes; log what changes</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation>Monthly report…</translation>
    </message>
    <message>
        <source>Move the forward of {name}</source>
        <translation>Move the forward of {name}</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <source>My queue</source>
        <translation>My queue</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Named reviewer</source>
        <translation>Named reviewer</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>Needs a look</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>New campaign…</translation>
    </message>
    <message>
        <source>New draw…</source>
        <translation>New draw…</translation>
    </message>
    <message>
        <source>New flag</source>
        <translation>New flag</translation>
    </message>
    <message>
        <source>New flags</source>
        <translation>New flags</translation>
    </message>
    <message>
        <source>New forwarding plan</source>
        <translation>New forwarding plan</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>New post</translation>
    </message>
    <message>
        <source>New prize draw</source>
        <translation>New prize draw</translation>
    </message>
    <message>
        <source>New time (Beijing time)</source>
        <translation>New time (Beijing time)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>No account connected yet.</source>
        <translation>No account connected yet.</translation>
    </message>
    <message>
        <source>No account has the uid {uid}.</source>
        <translation>No account has the uid {uid}.</translation>
    </message>
    <message>
        <source>No account matches the filters</source>
        <translation>No account matches the filters</translation>
    </message>
    <message>
        <source>No account synced.</source>
        <translation>No account synced.</translation>
    </message>
    <message>
        <source>No account to connect yet — add accounts in the Accounts area</source>
        <translation>No account to connect yet — add accounts in the Accounts area</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>No accounts yet</translation>
    </message>
    <message>
        <source>No accounts yet — add one or import a CSV</source>
        <translation>No accounts yet — add one or import a CSV</translation>
    </message>
    <message>
        <source>No campaign ran this month.</source>
        <translation>No campaign ran this month.</translation>
    </message>
    <message>
        <source>No campaign yet — “New campaign…” starts one</source>
        <translation>No campaign yet — “New campaign…” starts one</translation>
    </message>
    <message>
        <source>No campaign yet: add the company events the content plans around.</source>
        <translation>No campaign yet: add the company events the content plans around.</translation>
    </message>
    <message>
        <source>No complaint this month.</source>
        <translation>No complaint this month.</translation>
    </message>
    <message>
        <source>No crisis signal this month.</source>
        <translation>No crisis signal this month.</translation>
    </message>
    <message>
        <source>No entry matches the filters</source>
        <translation>No entry matches the filters</translation>
    </message>
    <message>
        <source>No findings: ready for review</source>
        <translation>No findings: ready for review</translation>
    </message>
    <message>
        <source>No flag matches the filters</source>
        <translation>No flag matches the filters</translation>
    </message>
    <message>
        <source>No following lists synced yet for the official and leader accounts</source>
        <translation>No following lists synced yet for the official and leader accounts</translation>
    </message>
    <message>
        <source>No forward waiting to be sent</source>
        <translation>No forward waiting to be sent</translation>
    </message>
    <message>
        <source>No forwarding rule names {name} as a source: nobody would forward this post.</source>
        <translation>No forwarding rule names {name} as a source: nobody would forward this post.</translation>
    </message>
    <message>
        <source>No item matches the filters</source>
        <translation>No item matches the filters</translation>
    </message>
    <message>
        <source>No keyword alert this month.</source>
        <translation>No keyword alert this month.</translation>
    </message>
    <message>
        <source>No keyword alerts in the last 30 days</source>
        <translation>No keyword alerts in the last 30 days</translation>
    </message>
    <message>
        <source>No manual entry fits — write one</source>
        <translation>No manual entry fits — write one</translation>
    </message>
    <message>
        <source>No manual entry fits: write the reply here; a leader reviews it before it is sent</source>
        <translation>No manual entry fits: write the reply here; a leader reviews it before it is sent</translation>
    </message>
    <message>
        <source>No open flag — every checked account is clear</source>
        <translation>No open flag — every checked account is clear</translation>
    </message>
    <message>
        <source>No plan yet — “New plan…” plans the forwards of a recent post</source>
        <translation>No plan yet — “New plan…” plans the forwards of a recent post</translation>
    </message>
    <message>
        <source>No posts in the period</source>
        <translation>No posts in the period</translation>
    </message>
    <message>
        <source>No prize draw yet.</source>
        <translation>No prize draw yet.</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>No problem found</translation>
    </message>
    <message>
        <source>No published holiday in these six months</source>
        <translation>No published holiday in these six months</translation>
    </message>
    <message>
        <source>No recent post of the official or a leader account; sync first.</source>
        <translation>No recent post of the official or a leader account; sync first.</translation>
    </message>
    <message>
        <source>No reply in this state</source>
        <translation>No reply in this state</translation>
    </message>
    <message>
        <source>No rule says who forwards the posts of {who}.</source>
        <translation>No rule says who forwards the posts of {who}.</translation>
    </message>
    <message>
        <source>No snapshots yet: every sync adds one</source>
        <translation>No snapshots yet: every sync adds one</translation>
    </message>
    <message>
        <source>No statement, no argument in comments until PR approves the wording</source>
        <translation>No statement, no argument in comments until PR approves the wording</translation>
    </message>
    <message>
        <source>No team member is named {name}.</source>
        <translation>No team member is named {name}.</translation>
    </message>
    <message>
        <source>No ticket here — route a complaint to customer service from the Inbox</source>
        <translation>No ticket here — route a complaint to customer service from the Inbox</translation>
    </message>
    <message>
        <source>No token is stored for account {uid}.</source>
        <translation>No token is stored for account {uid}.</translation>
    </message>
    <message>
        <source>No watch lists yet</source>
        <translation>No watch lists yet</translation>
    </message>
    <message>
        <source>Nobody will forward this post</source>
        <translation>Nobody will forward this post</translation>
    </message>
    <message>
        <source>Nobody will forward this post: no account is named by a rule for its author.</source>
        <translation>Nobody will forward this post: no account is named by a rule for its author.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nothing imported from {file}</source>
        <translation>Nothing imported from {file}</translation>
    </message>
    <message>
        <source>Nothing to send: no approved reply is due</source>
        <translation>Nothing to send: no approved reply is due</translation>
    </message>
    <message>
        <source>Nothing waits for you. A good day.</source>
        <translation>Nothing waits for you. A good day.</translation>
    </message>
    <message>
        <source>Nothing was synced in this month yet.</source>
        <translation>Nothing was synced in this month yet.</translation>
    </message>
    <message>
        <source>Notify the PR lead and the duty leader by phone now</source>
        <translation>Notify the PR lead and the duty leader by phone now</translation>
    </message>
    <message>
        <source>Offline activity</source>
        <translation>Offline activity</translation>
    </message>
    <message>
        <source>Only a {roles} may do this</source>
        <translation>Only a {roles} may do this</translation>
    </message>
    <message>
        <source>Only an admin can change the company profile.</source>
        <translation>Only an admin can change the company profile.</translation>
    </message>
    <message>
        <source>Only an admin may do this</source>
        <translation>Only an admin may do this</translation>
    </message>
    <message>
        <source>Only {n} eligible entrant(s) for {want} prize(s)</source>
        <translation>Only {n} eligible entrant(s) for {want} prize(s)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open + acknowledged</source>
        <translation>Open + acknowledged</translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation>Open and in progress</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Open items</translation>
    </message>
    <message>
        <source>Open the authorisation page again</source>
        <translation>Open the authorisation page again</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Open the matrix</source>
        <translation>Open the matrix</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Or paste the code from the address bar:</source>
        <translation>Or paste the code from the address bar:</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>Our company</translation>
    </message>
    <message>
        <source>Our reply</source>
        <translation>Our reply</translation>
    </message>
    <message>
        <source>Outside account</source>
        <translation>Outside account</translation>
    </message>
    <message>
        <source>Outside accounts</source>
        <translation>Outside accounts</translation>
    </message>
    <message>
        <source>Outside account…</source>
        <translation>Outside account…</translation>
    </message>
    <message>
        <source>Over a day</source>
        <translation>Over a day</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Overnight</source>
        <translation>Overnight</translation>
    </message>
    <message>
        <source>Own matrix</source>
        <translation>Own matrix</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Page audits</source>
        <translation>Page audits</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Page setup</translation>
    </message>
    <message>
        <source>Paid forwarding «{name}»: spent ¥{spent:.2f} of ¥{budget:.2f}; {n} forwards reached {reach} people</source>
        <translation>Paid forwarding «{name}»: spent ¥{spent:.2f} of ¥{budget:.2f}; {n} forwards reached {reach} people</translation>
    </message>
    <message>
        <source>Paid forwards</source>
        <translation>Paid forwards</translation>
    </message>
    <message>
        <source>Paid forward…</source>
        <translation>Paid forward…</translation>
    </message>
    <message>
        <source>Paid-forwarding campaigns</source>
        <translation>Paid-forwarding campaigns</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Per post</source>
        <translation>Per post</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan #{id}</source>
        <translation>Plan #{id}</translation>
    </message>
    <message>
        <source>Plan #{id} has no forward left to approve.</source>
        <translation>Plan #{id} has no forward left to approve.</translation>
    </message>
    <message>
        <source>Plan #{id} is {state}; it cannot be changed that way.</source>
        <translation>Plan #{id} is {state}; it cannot be changed that way.</translation>
    </message>
    <message>
        <source>Plan #{id}: {n} forwards, {s} accounts skipped</source>
        <translation>Plan #{id}: {n} forwards, {s} accounts skipped</translation>
    </message>
    <message>
        <source>Plan forwarding</source>
        <translation>Plan forwarding</translation>
    </message>
    <message>
        <source>Plan the forwards of a recent post (Ctrl+N)</source>
        <translation>Plan the forwards of a recent post (Ctrl+N)</translation>
    </message>
    <message>
        <source>Plan to approve</source>
        <translation>Plan to approve</translation>
    </message>
    <message>
        <source>Planned forwarding for a post</source>
        <translation>Planned forwarding for a post</translation>
    </message>
    <message>
        <source>Planning the forwards</source>
        <translation>Planning the forwards</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Plans to approve</source>
        <translation>Plans to approve</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>Platform address</translation>
    </message>
    <message>
        <source>Platform and app key</source>
        <translation>Platform and app key</translation>
    </message>
    <message>
        <source>Platform answer</source>
        <translation>Platform answer</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Post #{id} already has forwarding plan #{plan}.</source>
        <translation>Post #{id} already has forwarding plan #{plan}.</translation>
    </message>
    <message>
        <source>Post #{id} cannot be approved</source>
        <translation>Post #{id} cannot be approved</translation>
    </message>
    <message>
        <source>Post #{id} is part of the campaign</source>
        <translation>Post #{id} is part of the campaign</translation>
    </message>
    <message>
        <source>Post #{id} is {state}; it cannot be changed that way.</source>
        <translation>Post #{id} is {state}; it cannot be changed that way.</translation>
    </message>
    <message>
        <source>Post #{id} · {state}</source>
        <translation>Post #{id} · {state}</translation>
    </message>
    <message>
        <source>Post (mid)</source>
        <translation>Post (mid)</translation>
    </message>
    <message>
        <source>Post kinds</source>
        <translation>Post kinds</translation>
    </message>
    <message>
        <source>Post of {account}</source>
        <translation>Post of {account}</translation>
    </message>
    <message>
        <source>Post {mid} · deadline {at} (Beijing) · {n} winner(s)</source>
        <translation>Post {mid} · deadline {at} (Beijing) · {n} winner(s)</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Posts published</source>
        <translation>Posts published</translation>
    </message>
    <message>
        <source>Posts: {n} ({published} published)</source>
        <translation>Posts: {n} ({published} published)</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Praise</translation>
    </message>
    <message>
        <source>Printing the monthly report</source>
        <translation>Printing the monthly report</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Priority {p}</source>
        <translation>Priority {p}</translation>
    </message>
    <message>
        <source>Prize draws</source>
        <translation>Prize draws</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Product news</source>
        <translation>Product news</translation>
    </message>
    <message>
        <source>Profiles, posts, comments and mentions of every connected account come in.</source>
        <translation>Profiles, posts, comments and mentions of every connected account come in.</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Public topic</source>
        <translation>Public topic</translation>
    </message>
    <message>
        <source>Publish the commitment with the activity; the seed is revealed at the draw.</source>
        <translation>Publish the commitment with the activity; the seed is revealed at the draw.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Published a post</source>
        <translation>Published a post</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publishing</translation>
    </message>
    <message>
        <source>Put a post under an event</source>
        <translation>Put a post under an event</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <source>Quiet hours (no forwarding)</source>
        <translation>Quiet hours (no forwarding)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Ran a prize draw</source>
        <translation>Ran a prize draw</translation>
    </message>
    <message>
        <source>Re-check now</source>
        <translation>Re-check now</translation>
    </message>
    <message>
        <source>Re-checking verification texts</source>
        <translation>Re-checking verification texts</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Reactivated a team member</source>
        <translation>Reactivated a team member</translation>
    </message>
    <message>
        <source>Read a token</source>
        <translation>Read a token</translation>
    </message>
    <message>
        <source>Read the app key</source>
        <translation>Read the app key</translation>
    </message>
    <message>
        <source>Read-only database: {path} cannot be changed (a read-only file or drive). You can look at everything; changes are refused and nothing is saved.</source>
        <translation>Read-only database: {path} cannot be changed (a read-only file or drive). You can look at everything; changes are refused and nothing is saved.</translation>
    </message>
    <message>
        <source>Reading the month</source>
        <translation>Reading the month</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>Reassigned a reply</source>
        <translation>Reassigned a reply</translation>
    </message>
    <message>
        <source>Reassigned to {who}</source>
        <translation>Reassigned to {who}</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>Record a paid forward</source>
        <translation>Record a paid forward</translation>
    </message>
    <message>
        <source>Recorded a gift</source>
        <translation>Recorded a gift</translation>
    </message>
    <message>
        <source>Recorded a paid forward</source>
        <translation>Recorded a paid forward</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Registered an account</source>
        <translation>Registered an account</translation>
    </message>
    <message>
        <source>Reject reply</source>
        <translation>Reject reply</translation>
    </message>
    <message>
        <source>Reject {n}… (R)</source>
        <translation>Reject {n}… (R)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Rejected a reply</source>
        <translation>Rejected a reply</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Rejected: {reason}</translation>
    </message>
    <message>
        <source>Rejected; it will not be sent</source>
        <translation>Rejected; it will not be sent</translation>
    </message>
    <message>
        <source>Reject… (R)</source>
        <translation>Reject… (R)</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <source>Remove the rule {src} → {fwd}? Plans already made keep their forwards.</source>
        <translation>Remove the rule {src} → {fwd}? Plans already made keep their forwards.</translation>
    </message>
    <message>
        <source>Remove {name} from the team? Their history stays: the audit trail, reviews and plans keep their name.</source>
        <translation>Remove {name} from the team? Their history stays: the audit trail, reviews and plans keep their name.</translation>
    </message>
    <message>
        <source>Removed a forwarding rule</source>
        <translation>Removed a forwarding rule</translation>
    </message>
    <message>
        <source>Removed a sensitive word</source>
        <translation>Removed a sensitive word</translation>
    </message>
    <message>
        <source>Removed a team member</source>
        <translation>Removed a team member</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Reopened a flag</source>
        <translation>Reopened a flag</translation>
    </message>
    <message>
        <source>Reopened a plan for approval</source>
        <translation>Reopened a plan for approval</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup {name}? What was added since the backup is lost. Stop workers and close the app on the other desktops first.</source>
        <translation>Replace everything in the database with the backup {name}? What was added since the backup is lost. Stop workers and close the app on the other desktops first.</translation>
    </message>
    <message>
        <source>Replace the draft</source>
        <translation>Replace the draft</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Replies to review</source>
        <translation>Replies to review</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <source>Reply submitted; it waits for a leader&apos;s review</source>
        <translation>Reply submitted; it waits for a leader&apos;s review</translation>
    </message>
    <message>
        <source>Reply to review</source>
        <translation>Reply to review</translation>
    </message>
    <message>
        <source>Report month</source>
        <translation>Report month</translation>
    </message>
    <message>
        <source>Reposts</source>
        <translation>Reposts</translation>
    </message>
    <message>
        <source>Rescheduled a post</source>
        <translation>Rescheduled a post</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Resolve flag</source>
        <translation>Resolve flag</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Resolved a flag</source>
        <translation>Resolved a flag</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>Respond by</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Restored an account</source>
        <translation>Restored an account</translation>
    </message>
    <message>
        <source>Restored from {name}</source>
        <translation>Restored from {name}</translation>
    </message>
    <message>
        <source>Restored the database</source>
        <translation>Restored the database</translation>
    </message>
    <message>
        <source>Restoring the database</source>
        <translation>Restoring the database</translation>
    </message>
    <message>
        <source>Retrained triage</source>
        <translation>Retrained triage</translation>
    </message>
    <message>
        <source>Retried a reply</source>
        <translation>Retried a reply</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Review of replies</source>
        <translation>Review of replies</translation>
    </message>
    <message>
        <source>Review settings saved</source>
        <translation>Review settings saved</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Revoke the token of {name}? The account stops syncing and forwarding until it is connected again.</source>
        <translation>Revoke the token of {name}? The account stops syncing and forwarding until it is connected again.</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Revoke token</translation>
    </message>
    <message>
        <source>Revoked a token</source>
        <translation>Revoked a token</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Rules of this account</source>
        <translation>Rules of this account</translation>
    </message>
    <message>
        <source>Run the draw</source>
        <translation>Run the draw</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA breached</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save deadlines</source>
        <translation>Save deadlines</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Save review settings</source>
        <translation>Save review settings</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Save the changed words first: a leader approves the saved text</source>
        <translation>Save the changed words first: a leader approves the saved text</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Save the monthly report</translation>
    </message>
    <message>
        <source>Saved a style guide</source>
        <translation>Saved a style guide</translation>
    </message>
    <message>
        <source>Saved a watch list</source>
        <translation>Saved a watch list</translation>
    </message>
    <message>
        <source>Saved an outside account</source>
        <translation>Saved an outside account</translation>
    </message>
    <message>
        <source>Saved the monthly report to {file}</source>
        <translation>Saved the monthly report to {file}</translation>
    </message>
    <message>
        <source>Saved the settings of {name}</source>
        <translation>Saved the settings of {name}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Saved {file}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Saving re-checks every account&apos;s verification text against these names.</source>
        <translation>Saving re-checks every account&apos;s verification text against these names.</translation>
    </message>
    <message>
        <source>Saving the company profile</source>
        <translation>Saving the company profile</translation>
    </message>
    <message>
        <source>Say why (the reason is kept in the audit trail).</source>
        <translation>Say why (the reason is kept in the audit trail).</translation>
    </message>
    <message>
        <source>Say why: a reason is required.</source>
        <translation>Say why: a reason is required.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Screen name</source>
        <translation>Screen name</translation>
    </message>
    <message>
        <source>Search account, uid, evidence… (Ctrl+F)</source>
        <translation>Search account, uid, evidence… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search name, uid, owner, team, verification… (Ctrl+F)</source>
        <translation>Search name, uid, owner, team, verification… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the text, Chinese works (Ctrl+F)</source>
        <translation>Search the text, Chinese works (Ctrl+F)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Seed (revealed at the draw)</source>
        <translation>Seed (revealed at the draw)</translation>
    </message>
    <message>
        <source>Select a campaign</source>
        <translation>Select a campaign</translation>
    </message>
    <message>
        <source>Select a flag</source>
        <translation>Select a flag</translation>
    </message>
    <message>
        <source>Select a plan</source>
        <translation>Select a plan</translation>
    </message>
    <message>
        <source>Select a plan to see its timeline</source>
        <translation>Select a plan to see its timeline</translation>
    </message>
    <message>
        <source>Select a post on the calendar first</source>
        <translation>Select a post on the calendar first</translation>
    </message>
    <message>
        <source>Select a ticket</source>
        <translation>Select a ticket</translation>
    </message>
    <message>
        <source>Select an account</source>
        <translation>Select an account</translation>
    </message>
    <message>
        <source>Select an alert to see its items</source>
        <translation>Select an alert to see its items</translation>
    </message>
    <message>
        <source>Select an item</source>
        <translation>Select an item</translation>
    </message>
    <message>
        <source>Selected forward</source>
        <translation>Selected forward</translation>
    </message>
    <message>
        <source>Send approved now</source>
        <translation>Send approved now</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Send back…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sending approved replies</source>
        <translation>Sending approved replies</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Sent a post back</source>
        <translation>Sent a post back</translation>
    </message>
    <message>
        <source>Sent a reply</source>
        <translation>Sent a reply</translation>
    </message>
    <message>
        <source>Set aside: {what}</source>
        <translation>Set aside: {what}</translation>
    </message>
    <message>
        <source>Set calendar rules</source>
        <translation>Set calendar rules</translation>
    </message>
    <message>
        <source>Set the Weibo app key and secret first (Credentials → App credentials).</source>
        <translation>Set the Weibo app key and secret first (Credentials → App credentials).</translation>
    </message>
    <message>
        <source>Set the company profile</source>
        <translation>Set the company profile</translation>
    </message>
    <message>
        <source>Set the company profile first: without the company&apos;s names no account can be checked. Use “Company profile…”.</source>
        <translation>Set the company profile first: without the company&apos;s names no account can be checked. Use “Company profile…”.</translation>
    </message>
    <message>
        <source>Set up a prize draw</source>
        <translation>Set up a prize draw</translation>
    </message>
    <message>
        <source>Set-up guide</source>
        <translation>Set-up guide</translation>
    </message>
    <message>
        <source>Set-up guide…</source>
        <translation>Set-up guide…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>Show the whole matrix (Ctrl+0); Ctrl+wheel zooms</source>
        <translation>Show the whole matrix (Ctrl+0); Ctrl+wheel zooms</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Signed in to the team database as {name}; acting as someone else needs their own login.</source>
        <translation>Signed in to the team database as {name}; acting as someone else needs their own login.</translation>
    </message>
    <message>
        <source>Skip (S)</source>
        <translation>Skip (S)</translation>
    </message>
    <message>
        <source>Skipped ({n})</source>
        <translation>Skipped ({n})</translation>
    </message>
    <message>
        <source>Skipped a forward</source>
        <translation>Skipped a forward</translation>
    </message>
    <message>
        <source>Skipped accounts</source>
        <translation>Skipped accounts</translation>
    </message>
    <message>
        <source>Slogan</source>
        <translation>Slogan</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). The details are in the log file.</source>
        <translation>Something went wrong ({kind}). The details are in the log file.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source account (whose posts)</source>
        <translation>Source account (whose posts)</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Spend and reach are each campaign&apos;s to date.</source>
        <translation>Spend and reach are each campaign&apos;s to date.</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <source>Start (Beijing time)</source>
        <translation>Start (Beijing time)</translation>
    </message>
    <message>
        <source>Start with defaults</source>
        <translation>Start with defaults</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop the running work (Esc)</source>
        <translation>Stop the running work (Esc)</translation>
    </message>
    <message>
        <source>Style guide</source>
        <translation>Style guide</translation>
    </message>
    <message>
        <source>Style guide of {name}</source>
        <translation>Style guide of {name}</translation>
    </message>
    <message>
        <source>Style guide of {name} (version {v}, {by})</source>
        <translation>Style guide of {name} (version {v}, {by})</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>Submitted a post for review</source>
        <translation>Submitted a post for review</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Suggestion before the edit</source>
        <translation>Suggestion before the edit</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Switch member…</source>
        <translation>Switch member…</translation>
    </message>
    <message>
        <source>Sync again</source>
        <translation>Sync again</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Sync every</translation>
    </message>
    <message>
        <source>Sync failed: {why}</source>
        <translation>Sync failed: {why}</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sync stopped; what arrived so far is kept.</source>
        <translation>Sync stopped; what arrived so far is kept.</translation>
    </message>
    <message>
        <source>Sync stopped; what arrived so far is kept. Press F5 to sync again.</source>
        <translation>Sync stopped; what arrived so far is kept. Press F5 to sync again.</translation>
    </message>
    <message>
        <source>Sync stopped; what arrived so far is kept. The next sync runs at {time}.</source>
        <translation>Sync stopped; what arrived so far is kept. The next sync runs at {time}.</translation>
    </message>
    <message>
        <source>Synced {ok} accounts, {new} new items</source>
        <translation>Synced {ok} accounts, {new} new items</translation>
    </message>
    <message>
        <source>Syncing with Weibo</source>
        <translation>Syncing with Weibo</translation>
    </message>
    <message>
        <source>Syncing {name}</source>
        <translation>Syncing {name}</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Take back approval</source>
        <translation>Take back approval</translation>
    </message>
    <message>
        <source>Take {name} out of this plan? An approved plan needs a new approval.</source>
        <translation>Take {name} out of this plan? An approved plan needs a new approval.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Text of the forward of {name}:</source>
        <translation>Text of the forward of {name}:</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>That account no longer exists.</translation>
    </message>
    <message>
        <source>That post is not in the database yet; sync the account that published it first.</source>
        <translation>That post is not in the database yet; sync the account that published it first.</translation>
    </message>
    <message>
        <source>The Weibo team learned of it on {day}: {lead}</source>
        <translation>The Weibo team learned of it on {day}: {lead}</translation>
    </message>
    <message>
        <source>The answer manual is empty — import a CSV or Markdown file</source>
        <translation>The answer manual is empty — import a CSV or Markdown file</translation>
    </message>
    <message>
        <source>The audit trail is intact: every entry links to the one before.</source>
        <translation>The audit trail is intact: every entry links to the one before.</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: {n} problems. {first}</source>
        <translation>The audit trail was tampered with: {n} problems. {first}</translation>
    </message>
    <message>
        <source>The authorisation code is empty.</source>
        <translation>The authorisation code is empty.</translation>
    </message>
    <message>
        <source>The budget must not be negative.</source>
        <translation>The budget must not be negative.</translation>
    </message>
    <message>
        <source>The checks run as you write</source>
        <translation>The checks run as you write</translation>
    </message>
    <message>
        <source>The database is read-only (a read-only file or drive): this change was not saved.</source>
        <translation>The database is read-only (a read-only file or drive): this change was not saved.</translation>
    </message>
    <message>
        <source>The deadline has passed: the commitment must be published before it.</source>
        <translation>The deadline has passed: the commitment must be published before it.</translation>
    </message>
    <message>
        <source>The draft&apos;s times have passed: the forwards are moved to start now, in the same order, outside the quiet hours and with the minimum gap.</source>
        <translation>The draft&apos;s times have passed: the forwards are moved to start now, in the same order, outside the quiet hours and with the minimum gap.</translation>
    </message>
    <message>
        <source>The draw can be run after its deadline</source>
        <translation>The draw can be run after its deadline</translation>
    </message>
    <message>
        <source>The first member of a new database must be an admin; admins then add everyone else.</source>
        <translation>The first member of a new database must be an admin; admins then add everyone else.</translation>
    </message>
    <message>
        <source>The leader who owns the sending account</source>
        <translation>The leader who owns the sending account</translation>
    </message>
    <message>
        <source>The matrix has no leader account: a leader&apos;s voice is part of every matrix (seed 001), and fans like to talk to the people in charge.</source>
        <translation>The matrix has no leader account: a leader&apos;s voice is part of every matrix (seed 001), and fans like to talk to the people in charge.</translation>
    </message>
    <message>
        <source>The matrix has no official account yet.</source>
        <translation>The matrix has no official account yet.</translation>
    </message>
    <message>
        <source>The month in figures</source>
        <translation>The month in figures</translation>
    </message>
    <message>
        <source>The names your company goes by. Employee accounts that name it are flagged, and the inbox watches for them.</source>
        <translation>The names your company goes by. Employee accounts that name it are flagged, and the inbox watches for them.</translation>
    </message>
    <message>
        <source>The number of winners must be 1 to {n}.</source>
        <translation>The number of winners must be 1 to {n}.</translation>
    </message>
    <message>
        <source>The platform address must be one http(s) address, e.g. https://api.weibo.com.</source>
        <translation>The platform address must be one http(s) address, e.g. https://api.weibo.com.</translation>
    </message>
    <message>
        <source>The platform knows this app; the key and secret are in the keyring.</source>
        <translation>The platform knows this app; the key and secret are in the keyring.</translation>
    </message>
    <message>
        <source>The post&apos;s text is empty.</source>
        <translation>The post&apos;s text is empty.</translation>
    </message>
    <message>
        <source>The reply to {author} is removed from Weibo (the fan may have seen it already) and goes back to the queue. Why?</source>
        <translation>The reply to {author} is removed from Weibo (the fan may have seen it already) and goes back to the queue. Why?</translation>
    </message>
    <message>
        <source>The reply was deleted from Weibo; the item is back in the queue</source>
        <translation>The reply was deleted from Weibo; the item is back in the queue</translation>
    </message>
    <message>
        <source>The seed kept for draw #{id} does not match its published commitment; the draw cannot be run with it.</source>
        <translation>The seed kept for draw #{id} does not match its published commitment; the draw cannot be run with it.</translation>
    </message>
    <message>
        <source>The seed of draw #{id} is kept in the keyring of the desktop that set it up ({name}); run the draw there.</source>
        <translation>The seed of draw #{id} is kept in the keyring of the desktop that set it up ({name}); run the draw there.</translation>
    </message>
    <message>
        <source>The sending account has no usable token; connect it again.</source>
        <translation>The sending account has no usable token; connect it again.</translation>
    </message>
    <message>
        <source>The sync stopped unexpectedly (its background process ended); what arrived so far is kept, and the next sync starts afresh.</source>
        <translation>The sync stopped unexpectedly (its background process ended); what arrived so far is kept, and the next sync starts afresh.</translation>
    </message>
    <message>
        <source>The team (shared by every desktop)</source>
        <translation>The team (shared by every desktop)</translation>
    </message>
    <message>
        <source>The team already has its admins ({names}); add members in the Team area.</source>
        <translation>The team already has its admins ({names}); add members in the Team area.</translation>
    </message>
    <message>
        <source>The team database did not accept {name}&apos;s password.</source>
        <translation>The team database did not accept {name}&apos;s password.</translation>
    </message>
    <message>
        <source>The team has no member yet: the set-up guide adds the first admin.</source>
        <translation>The team has no member yet: the set-up guide adds the first admin.</translation>
    </message>
    <message>
        <source>The text is longer than {n} characters.</source>
        <translation>The text is longer than {n} characters.</translation>
    </message>
    <message>
        <source>The text must not be empty.</source>
        <translation>The text must not be empty.</translation>
    </message>
    <message>
        <source>The tie is gone, e.g. the verification was changed (Ctrl+R)</source>
        <translation>The tie is gone, e.g. the verification was changed (Ctrl+R)</translation>
    </message>
    <message>
        <source>The time zone {zone} is not known; choose one like Asia/Shanghai.</source>
        <translation>The time zone {zone} is not known; choose one like Asia/Shanghai.</translation>
    </message>
    <message>
        <source>The uid {uid} belongs to another account ({name}).</source>
        <translation>The uid {uid} belongs to another account ({name}).</translation>
    </message>
    <message>
        <source>The usual matrix: every account forwards the official account; sub-brands and employees also forward the leaders. Add it now and plan again?</source>
        <translation>The usual matrix: every account forwards the official account; sub-brands and employees also forward the leaders. Add it now and plan again?</translation>
    </message>
    <message>
        <source>There are no forwarding rules yet, so nobody would forward this post.</source>
        <translation>There are no forwarding rules yet, so nobody would forward this post.</translation>
    </message>
    <message>
        <source>This desktop</source>
        <translation>This desktop</translation>
    </message>
    <message>
        <source>This post already has plan #{id} ({state}).</source>
        <translation>This post already has plan #{id} ({state}).</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Ticket #{id} closed</source>
        <translation>Ticket #{id} closed</translation>
    </message>
    <message>
        <source>Ticket #{id} saved</source>
        <translation>Ticket #{id} saved</translation>
    </message>
    <message>
        <source>Ticket copied</source>
        <translation>Ticket copied</translation>
    </message>
    <message>
        <source>Ticket copied; paste it into customer service&apos;s system</source>
        <translation>Ticket copied; paste it into customer service&apos;s system</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Time to first answer of complaints</source>
        <translation>Time to first answer of complaints</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>To customer service (E)</source>
        <translation>To customer service (E)</translation>
    </message>
    <message>
        <source>To keep the data elsewhere, start the app with MATRIX_HOME set to that folder.</source>
        <translation>To keep the data elsewhere, start the app with MATRIX_HOME set to that folder.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Today, {date} — overnight since {since}</source>
        <translation>Today, {date} — overnight since {since}</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Token (masked)</source>
        <translation>Token (masked)</translation>
    </message>
    <message>
        <source>Token expiring</source>
        <translation>Token expiring</translation>
    </message>
    <message>
        <source>Tokens expiring</source>
        <translation>Tokens expiring</translation>
    </message>
    <message>
        <source>Took back an approval</source>
        <translation>Took back an approval</translation>
    </message>
    <message>
        <source>Top posts</source>
        <translation>Top posts</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>Triaged</translation>
    </message>
    <message>
        <source>Try the demo instead</source>
        <translation>Try the demo instead</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Type the app key.</source>
        <translation>Type the app key.</translation>
    </message>
    <message>
        <source>Type the app secret.</source>
        <translation>Type the app secret.</translation>
    </message>
    <message>
        <source>Type the company&apos;s legal name.</source>
        <translation>Type the company&apos;s legal name.</translation>
    </message>
    <message>
        <source>Type your name as the team will see it.</source>
        <translation>Type your name as the team will see it.</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>Under 1 hour</source>
        <translation>Under 1 hour</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo window after approval</source>
        <translation>Undo window after approval</translation>
    </message>
    <message>
        <source>Unlock the keyring</source>
        <translation>Unlock the keyring</translation>
    </message>
    <message>
        <source>Unrelated</source>
        <translation>Unrelated</translation>
    </message>
    <message>
        <source>Unsent edit by {who}, kept from before</source>
        <translation>Unsent edit by {who}, kept from before</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Updated a service ticket</source>
        <translation>Updated a service ticket</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>Us</translation>
    </message>
    <message>
        <source>Used tokens</source>
        <translation>Used tokens</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Usual</translation>
    </message>
    <message>
        <source>Usually</source>
        <translation>Usually</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Variables: {author} {title} {slogan} {name}</source>
        <translation>Variables: {author} {title} {slogan} {name}</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Verification flags opened / closed</source>
        <translation>Verification flags opened / closed</translation>
    </message>
    <message>
        <source>Verification text</source>
        <translation>Verification text</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Verified type</source>
        <translation>Verified type</translation>
    </message>
    <message>
        <source>Verified: the winners follow from the seed and the frozen list</source>
        <translation>Verified: the winners follow from the seed and the frozen list</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Waiting for a leader&apos;s approval</source>
        <translation>Waiting for a leader&apos;s approval</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Waiting for the browser</translation>
    </message>
    <message>
        <source>Waiting on: {names}</source>
        <translation>Waiting on: {names}</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>Waive</translation>
    </message>
    <message>
        <source>Waive flag</source>
        <translation>Waive flag</translation>
    </message>
    <message>
        <source>Waive the flag on {name}? The tie to the company is then accepted and later checks will not reopen it. Say why, for the next reviewer.</source>
        <translation>Waive the flag on {name}? The tie to the company is then accepted and later checks will not reopen it. Say why, for the next reviewer.</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Waived</translation>
    </message>
    <message>
        <source>Waived a flag</source>
        <translation>Waived a flag</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>Waive…</translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>Watch list</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Week of {day}</translation>
    </message>
    <message>
        <source>Weibo expert (初级达人)</source>
        <translation>Weibo expert (初级达人)</translation>
    </message>
    <message>
        <source>Weibo expert (达人)</source>
        <translation>Weibo expert (达人)</translation>
    </message>
    <message>
        <source>Weibo id</source>
        <translation>Weibo id</translation>
    </message>
    <message>
        <source>Weibo id {id}</source>
        <translation>Weibo id {id}</translation>
    </message>
    <message>
        <source>Weibo kept failing</source>
        <translation>Weibo kept failing</translation>
    </message>
    <message>
        <source>Weibo kept failing: </source>
        <translation>Weibo kept failing: </translation>
    </message>
    <message>
        <source>Weibo kept refusing the token, which it says is valid</source>
        <translation>Weibo kept refusing the token, which it says is valid</translation>
    </message>
    <message>
        <source>Weibo kept refusing the token, which it says is valid: </source>
        <translation>Weibo kept refusing the token, which it says is valid: </translation>
    </message>
    <message>
        <source>Weibo team told on</source>
        <translation>Weibo team told on</translation>
    </message>
    <message>
        <source>Weibo uid</source>
        <translation>Weibo uid</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>What the fan said</source>
        <translation>What the fan said</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Where the Weibo Open API is, and your app&apos;s key and secret from the Weibo open platform. The guide asks the platform whether it knows them.</source>
        <translation>Where the Weibo Open API is, and your app&apos;s key and secret from the Weibo open platform. The guide asks the platform whether it knows them.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Who in customer service follows it</source>
        <translation>Who in customer service follows it</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <source>Who reviews these replies?</source>
        <translation>Who reviews these replies?</translation>
    </message>
    <message>
        <source>Who, account or detail…</source>
        <translation>Who, account or detail…</translation>
    </message>
    <message>
        <source>Whole matrix</source>
        <translation>Whole matrix</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Why are these {n} replies rejected? The writers read it.</source>
        <translation>Why are these {n} replies rejected? The writers read it.</translation>
    </message>
    <message>
        <source>Why does the post go back?</source>
        <translation>Why does the post go back?</translation>
    </message>
    <message>
        <source>Why: {reasons}</source>
        <translation>Why: {reasons}</translation>
    </message>
    <message>
        <source>Why? The writer reads this.</source>
        <translation>Why? The writer reads this.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>Winners</translation>
    </message>
    <message>
        <source>With customer service</source>
        <translation>With customer service</translation>
    </message>
    <message>
        <source>Within the SLA</source>
        <translation>Within the SLA</translation>
    </message>
    <message>
        <source>Working as {name} ({roles})</source>
        <translation>Working as {name} ({roles})</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>Write a reply (R)</source>
        <translation>Write a reply (R)</translation>
    </message>
    <message>
        <source>Write the post in this account&apos;s voice; include the safe-domain link</source>
        <translation>Write the post in this account&apos;s voice; include the safe-domain link</translation>
    </message>
    <message>
        <source>Write the reply yourself; a leader reviews it before it is sent</source>
        <translation>Write the reply yourself; a leader reviews it before it is sent</translation>
    </message>
    <message>
        <source>Writing {file}</source>
        <translation>Writing {file}</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Wrote a reply</source>
        <translation>Wrote a reply</translation>
    </message>
    <message>
        <source>You can read the queue; a leader approves or rejects each reply.</source>
        <translation>You can read the queue; a leader approves or rejects each reply.</translation>
    </message>
    <message>
        <source>You have seen it and are on it (Ctrl+K)</source>
        <translation>You have seen it and are on it (Ctrl+K)</translation>
    </message>
    <message>
        <source>You: the first member of the team is an admin, who adds everyone else later (Team area).</source>
        <translation>You: the first member of the team is an admin, who adds everyone else later (Team area).</translation>
    </message>
    <message>
        <source>Your edit; Ctrl+Enter approves it</source>
        <translation>Your edit; Ctrl+Enter approves it</translation>
    </message>
    <message>
        <source>Your own login to the team database; it is not stored.</source>
        <translation>Your own login to the team database; it is not stored.</translation>
    </message>
    <message>
        <source>a company</source>
        <translation>a company</translation>
    </message>
    <message>
        <source>a company (under review)</source>
        <translation>a company (under review)</translation>
    </message>
    <message>
        <source>a contact id or phone number</source>
        <translation>a contact id or phone number</translation>
    </message>
    <message>
        <source>a former employee (“{m}”) — still reads as the company&apos;s</source>
        <translation>a former employee (“{m}”) — still reads as the company&apos;s</translation>
    </message>
    <message>
        <source>a forward dropped</source>
        <translation>a forward dropped</translation>
    </message>
    <message>
        <source>a government body</source>
        <translation>a government body</translation>
    </message>
    <message>
        <source>a leader&apos;s account is not verified: readers cannot tell it speaks for the company</source>
        <translation>a leader&apos;s account is not verified: readers cannot tell it speaks for the company</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>a link</translation>
    </message>
    <message>
        <source>a long text</source>
        <translation>a long text</translation>
    </message>
    <message>
        <source>a media outlet</source>
        <translation>a media outlet</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>a person</translation>
    </message>
    <message>
        <source>a question mark</source>
        <translation>a question mark</translation>
    </message>
    <message>
        <source>a relative or friend works there, not the account&apos;s owner</source>
        <translation>a relative or friend works there, not the account&apos;s owner</translation>
    </message>
    <message>
        <source>a repost</source>
        <translation>a repost</translation>
    </message>
    <message>
        <source>a school</source>
        <translation>a school</translation>
    </message>
    <message>
        <source>a sync from Weibo</source>
        <translation>a sync from Weibo</translation>
    </message>
    <message>
        <source>a very short comment</source>
        <translation>a very short comment</translation>
    </message>
    <message>
        <source>a website</source>
        <translation>a website</translation>
    </message>
    <message>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <source>account uids</source>
        <translation>account uids</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>accounts</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>after {h} h</source>
        <translation>after {h} h</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>alert</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>already forwarded this post on its own</source>
        <translation>already forwarded this post on its own</translation>
    </message>
    <message>
        <source>already forwarded this post on its own (repost {id}); not forwarded twice</source>
        <translation>already forwarded this post on its own (repost {id}); not forwarded twice</translation>
    </message>
    <message>
        <source>an account does not forward its own posts</source>
        <translation>an account does not forward its own posts</translation>
    </message>
    <message>
        <source>an app</source>
        <translation>an app</translation>
    </message>
    <message>
        <source>an expert</source>
        <translation>an expert</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation>an organisation</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>and {n} more</translation>
    </message>
    <message>
        <source>angry or sad emoji</source>
        <translation>angry or sad emoji</translation>
    </message>
    <message>
        <source>app (blue V)</source>
        <translation>app (blue V)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>archived or restored</source>
        <translation>archived or restored</translation>
    </message>
    <message>
        <source>arrow: source → forwarder</source>
        <translation>arrow: source → forwarder</translation>
    </message>
    <message>
        <source>assigned to {name}</source>
        <translation>assigned to {name}</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>assignee</translation>
    </message>
    <message>
        <source>author of the post</source>
        <translation>author of the post</translation>
    </message>
    <message>
        <source>automatic (system keyring)</source>
        <translation>automatic (system keyring)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>before</translation>
    </message>
    <message>
        <source>big V</source>
        <translation>big V</translation>
    </message>
    <message>
        <source>brand story</source>
        <translation>brand story</translation>
    </message>
    <message>
        <source>brands and short names, separated by commas</source>
        <translation>brands and short names, separated by commas</translation>
    </message>
    <message>
        <source>budget (fen)</source>
        <translation>budget (fen)</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaign</translation>
    </message>
    <message>
        <source>campus (blue V)</source>
        <translation>campus (blue V)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>changes</translation>
    </message>
    <message>
        <source>checking tokens</source>
        <translation>checking tokens</translation>
    </message>
    <message>
        <source>classic (older apps, higher limits)</source>
        <translation>classic (older apps, higher limits)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>column</source>
        <translation>column</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>columns</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>commitment</translation>
    </message>
    <message>
        <source>company (blue V)</source>
        <translation>company (blue V)</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>complaint</translation>
    </message>
    <message>
        <source>complaint words of the rules</source>
        <translation>complaint words of the rules</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>corpus</source>
        <translation>corpus</translation>
    </message>
    <message>
        <source>corrected by a person</source>
        <translation>corrected by a person</translation>
    </message>
    <message>
        <source>corrections</source>
        <translation>corrections</translation>
    </message>
    <message>
        <source>cost (fen)</source>
        <translation>cost (fen)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>crisis</source>
        <translation>crisis</translation>
    </message>
    <message>
        <source>crisis guard: the repost spreads a text with crisis words</source>
        <translation>crisis guard: the repost spreads a text with crisis words</translation>
    </message>
    <message>
        <source>crisis guard: the rules&apos; crisis words ({words})</source>
        <translation>crisis guard: the rules&apos; crisis words ({words})</translation>
    </message>
    <message>
        <source>crisis likely enough to alert ({p} ≥ {t})</source>
        <translation>crisis likely enough to alert ({p} ≥ {t})</translation>
    </message>
    <message>
        <source>crisis words of the rules</source>
        <translation>crisis words of the rules</translation>
    </message>
    <message>
        <source>daily cap</source>
        <translation>daily cap</translation>
    </message>
    <message>
        <source>daily cap {n} reached</source>
        <translation>daily cap {n} reached</translation>
    </message>
    <message>
        <source>daily limit of {n} API calls reached</source>
        <translation>daily limit of {n} API calls reached</translation>
    </message>
    <message>
        <source>days of notice</source>
        <translation>days of notice</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>did not comment</source>
        <translation>did not comment</translation>
    </message>
    <message>
        <source>digest of the list</source>
        <translation>digest of the list</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>draft — waiting for approval</source>
        <translation>draft — waiting for approval</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>drawn</translation>
    </message>
    <message>
        <source>dropped by {who}</source>
        <translation>dropped by {who}</translation>
    </message>
    <message>
        <source>e.g. 23:00-07:30; empty = none</source>
        <translation>e.g. 23:00-07:30; empty = none</translation>
    </message>
    <message>
        <source>e.g. 23:00-08:00; empty: none</source>
        <translation>e.g. 23:00-08:00; empty: none</translation>
    </message>
    <message>
        <source>e.g. a postcard, a bag of candy</source>
        <translation>e.g. a postcard, a bag of candy</translation>
    </message>
    <message>
        <source>e.g. 小周</source>
        <translation>e.g. 小周</translation>
    </message>
    <message>
        <source>e.g. 星河乳业股份有限公司</source>
        <translation>e.g. 星河乳业股份有限公司</translation>
    </message>
    <message>
        <source>earliest</source>
        <translation>earliest</translation>
    </message>
    <message>
        <source>echoes the reposted text</source>
        <translation>echoes the reposted text</translation>
    </message>
    <message>
        <source>echoes the reposted text (同问/扩散 …)</source>
        <translation>echoes the reposted text (同问/扩散 …)</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>eligible</translation>
    </message>
    <message>
        <source>emoji and nothing else</source>
        <translation>emoji and nothing else</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>employee</translation>
    </message>
    <message>
        <source>employee or tied to the company</source>
        <translation>employee or tied to the company</translation>
    </message>
    <message>
        <source>encrypted file (master password)</source>
        <translation>encrypted file (master password)</translation>
    </message>
    <message>
        <source>end of the plan&apos;s window</source>
        <translation>end of the plan&apos;s window</translation>
    </message>
    <message>
        <source>ends like a question (吗/呢/怎么办 …)</source>
        <translation>ends like a question (吗/呢/怎么办 …)</translation>
    </message>
    <message>
        <source>entrants</source>
        <translation>entrants</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>executing</source>
        <translation>executing</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>expires</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>expires soon</translation>
    </message>
    <message>
        <source>expires {at}</source>
        <translation>expires {at}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>fan</source>
        <translation>fan</translation>
    </message>
    <message>
        <source>fan activity</source>
        <translation>fan activity</translation>
    </message>
    <message>
        <source>field</source>
        <translation>field</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>fields</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>flag</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>followers</translation>
    </message>
    <message>
        <source>following</source>
        <translation>following</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>forward</translation>
    </message>
    <message>
        <source>forwarder</source>
        <translation>forwarder</translation>
    </message>
    <message>
        <source>forwards</source>
        <translation>forwards</translation>
    </message>
    <message>
        <source>found on the platform (sent before a restart); not sent again</source>
        <translation>found on the platform (sent before a restart); not sent again</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>from the rules</source>
        <translation>from the rules</translation>
    </message>
    <message>
        <source>government (blue V)</source>
        <translation>government (blue V)</translation>
    </message>
    <message>
        <source>hand-written</source>
        <translation>hand-written</translation>
    </message>
    <message>
        <source>happy emoji</source>
        <translation>happy emoji</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>holds an executive role at the company</source>
        <translation>holds an executive role at the company</translation>
    </message>
    <message>
        <source>https://api.weibo.com for the real platform; the sandbox prints its own</source>
        <translation>https://api.weibo.com for the real platform; the sandbox prints its own</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in review</translation>
    </message>
    <message>
        <source>is the company&apos;s dealer or partner</source>
        <translation>is the company&apos;s dealer or partner</translation>
    </message>
    <message>
        <source>is tied to the company</source>
        <translation>is tied to the company</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>items</source>
        <translation>items</translation>
    </message>
    <message>
        <source>its content</source>
        <translation>its content</translation>
    </message>
    <message>
        <source>its own slogan for {slogan}</source>
        <translation>its own slogan for {slogan}</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>latest</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>leader not verified</source>
        <translation>leader not verified</translation>
    </message>
    <message>
        <source>learned {n} d late</source>
        <translation>learned {n} d late</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>legal name</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>lines</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>made by {who}</source>
        <translation>made by {who}</translation>
    </message>
    <message>
        <source>matrix account</source>
        <translation>matrix account</translation>
    </message>
    <message>
        <source>media (blue V)</source>
        <translation>media (blue V)</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>mentions someone</source>
        <translation>mentions someone</translation>
    </message>
    <message>
        <source>minimum gap (min)</source>
        <translation>minimum gap (min)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>never (F5 syncs)</source>
        <translation>never (F5 syncs)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>no answer from Weibo after {n} attempts</source>
        <translation>no answer from Weibo after {n} attempts</translation>
    </message>
    <message>
        <source>no campaign selected</source>
        <translation>no campaign selected</translation>
    </message>
    <message>
        <source>no comment left that differs enough from the others — add lines for this kind of post</source>
        <translation>no comment left that differs enough from the others — add lines for this kind of post</translation>
    </message>
    <message>
        <source>no manual entry fits — write one</source>
        <translation>no manual entry fits — write one</translation>
    </message>
    <message>
        <source>no room inside the window outside quiet hours {span}</source>
        <translation>no room inside the window outside quiet hours {span}</translation>
    </message>
    <message>
        <source>no room inside the window without breaking the minimum gap</source>
        <translation>no room inside the window without breaking the minimum gap</translation>
    </message>
    <message>
        <source>no rule matched</source>
        <translation>no rule matched</translation>
    </message>
    <message>
        <source>no token stored for the account — reconnect it</source>
        <translation>no token stored for the account — reconnect it</translation>
    </message>
    <message>
        <source>nobody reached yet</source>
        <translation>nobody reached yet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>not an account of the matrix (archived or removed)</source>
        <translation>not an account of the matrix (archived or removed)</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>not connected to Weibo — connect the account</source>
        <translation>not connected to Weibo — connect the account</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>not synced</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>not verified</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>numeric Weibo uid, e.g. 1669879400</source>
        <translation>numeric Weibo uid, e.g. 1669879400</translation>
    </message>
    <message>
        <source>official</source>
        <translation>official</translation>
    </message>
    <message>
        <source>offline event</source>
        <translation>offline event</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>one per line</translation>
    </message>
    <message>
        <source>one template per line, e.g. 为{author}打call！{title} {slogan}
empty = the built-in templates</source>
        <translation>one template per line, e.g. 为{author}打call！{title} {slogan}
empty = the built-in templates</translation>
    </message>
    <message>
        <source>only {n} d notice</source>
        <translation>only {n} d notice</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>open for entries</source>
        <translation>open for entries</translation>
    </message>
    <message>
        <source>open {severity}-severity verification flag</source>
        <translation>open {severity}-severity verification flag</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>opened</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>opted out</translation>
    </message>
    <message>
        <source>opted out of forwarding</source>
        <translation>opted out of forwarding</translation>
    </message>
    <message>
        <source>or the active hours instead, e.g. 08:00-23:00</source>
        <translation>or the active hours instead, e.g. 08:00-23:00</translation>
    </message>
    <message>
        <source>organisation (blue V)</source>
        <translation>organisation (blue V)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>other kind ({n})</source>
        <translation>other kind ({n})</translation>
    </message>
    <message>
        <source>over today&apos;s draft limit</source>
        <translation>over today&apos;s draft limit</translation>
    </message>
    <message>
        <source>overnight</source>
        <translation>overnight</translation>
    </message>
    <message>
        <source>own matrix account</source>
        <translation>own matrix account</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>per day</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <source>personal (orange V)</source>
        <translation>personal (orange V)</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>plan cancelled by {who}</source>
        <translation>plan cancelled by {who}</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>platform</translation>
    </message>
    <message>
        <source>platform address</source>
        <translation>platform address</translation>
    </message>
    <message>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <source>post id (optional)</source>
        <translation>post id (optional)</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>posts</translation>
    </message>
    <message>
        <source>praise</source>
        <translation>praise</translation>
    </message>
    <message>
        <source>praise words of the rules</source>
        <translation>praise words of the rules</translation>
    </message>
    <message>
        <source>prize draw</source>
        <translation>prize draw</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>product launch</source>
        <translation>product launch</translation>
    </message>
    <message>
        <source>profile description</source>
        <translation>profile description</translation>
    </message>
    <message>
        <source>profile text</source>
        <translation>profile text</translation>
    </message>
    <message>
        <source>promotion</source>
        <translation>promotion</translation>
    </message>
    <message>
        <source>public topic</source>
        <translation>public topic</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>publishing</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>question words of the rules</source>
        <translation>question words of the rules</translation>
    </message>
    <message>
        <source>quiet hours {span} cover its whole window</source>
        <translation>quiet hours {span} cover its whole window</translation>
    </message>
    <message>
        <source>raised {at}</source>
        <translation>raised {at}</translation>
    </message>
    <message>
        <source>rate limited and no room left inside the window</source>
        <translation>rate limited and no room left inside the window</translation>
    </message>
    <message>
        <source>rate limited and no room left inside the window: </source>
        <translation>rate limited and no room left inside the window: </translation>
    </message>
    <message>
        <source>rate limited; moved to {t}</source>
        <translation>rate limited; moved to {t}</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>replaced by a new plan made by {who}</source>
        <translation>replaced by a new plan made by {who}</translation>
    </message>
    <message>
        <source>replaces</source>
        <translation>replaces</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>replied</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>reply</translation>
    </message>
    <message>
        <source>reply by {t}</source>
        <translation>reply by {t}</translation>
    </message>
    <message>
        <source>repost</source>
        <translation>repost</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <source>round the clock</source>
        <translation>round the clock</translation>
    </message>
    <message>
        <source>routed to customer service</source>
        <translation>routed to customer service</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>sarcasm: an emoji such as [微笑]</source>
        <translation>sarcasm: an emoji such as [微笑]</translation>
    </message>
    <message>
        <source>sarcasm: wording such as 呵呵 or 真周到</source>
        <translation>sarcasm: wording such as 呵呵 or 真周到</translation>
    </message>
    <message>
        <source>says they worked at the company</source>
        <translation>says they worked at the company</translation>
    </message>
    <message>
        <source>screen name</source>
        <translation>screen name</translation>
    </message>
    <message>
        <source>screenshot saved to {path}</source>
        <translation>screenshot saved to {path}</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>sent (confirmed on the repost timeline)</source>
        <translation>sent (confirmed on the repost timeline)</translation>
    </message>
    <message>
        <source>sent with a new text (the first was a repeat)</source>
        <translation>sent with a new text (the first was a repeat)</translation>
    </message>
    <message>
        <source>set-up</source>
        <translation>set-up</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>severity</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>spam</source>
        <translation>spam</translation>
    </message>
    <message>
        <source>spam words of the rules</source>
        <translation>spam words of the rules</translation>
    </message>
    <message>
        <source>spent {spent} of {budget}</source>
        <translation>spent {spent} of {budget}</translation>
    </message>
    <message>
        <source>standard (new apps)</source>
        <translation>standard (new apps)</translation>
    </message>
    <message>
        <source>start at</source>
        <translation>start at</translation>
    </message>
    <message>
        <source>starts on</source>
        <translation>starts on</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>stored; leave empty to keep it</source>
        <translation>stored; leave empty to keep it</translation>
    </message>
    <message>
        <source>sub-brand</source>
        <translation>sub-brand</translation>
    </message>
    <message>
        <source>sub_brand</source>
        <translation>sub_brand</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>suggested</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>system keyring (Secret Service)</source>
        <translation>system keyring (Secret Service)</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>template {n}: {problem}</source>
        <translation>template {n}: {problem}</translation>
    </message>
    <message>
        <source>terms</source>
        <translation>terms</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>the forward&apos;s Weibo id (optional)</source>
        <translation>the forward&apos;s Weibo id (optional)</translation>
    </message>
    <message>
        <source>the keyring did not give the token; will look again</source>
        <translation>the keyring did not give the token; will look again</translation>
    </message>
    <message>
        <source>the model is unsure (confidence {c})</source>
        <translation>the model is unsure (confidence {c})</translation>
    </message>
    <message>
        <source>the name contains {w}</source>
        <translation>the name contains {w}</translation>
    </message>
    <message>
        <source>the platform answered that this text was already sent; counted as sent</source>
        <translation>the platform answered that this text was already sent; counted as sent</translation>
    </message>
    <message>
        <source>the platform-verified reason</source>
        <translation>the platform-verified reason</translation>
    </message>
    <message>
        <source>the reply&apos;s text</source>
        <translation>the reply&apos;s text</translation>
    </message>
    <message>
        <source>the reposted text has crisis words</source>
        <translation>the reposted text has crisis words</translation>
    </message>
    <message>
        <source>the screen name</source>
        <translation>the screen name</translation>
    </message>
    <message>
        <source>the self-written description</source>
        <translation>the self-written description</translation>
    </message>
    <message>
        <source>the team&apos;s routing</source>
        <translation>the team&apos;s routing</translation>
    </message>
    <message>
        <source>the text of a forward</source>
        <translation>the text of a forward</translation>
    </message>
    <message>
        <source>the time of a forward</source>
        <translation>the time of a forward</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <source>tie to the company</source>
        <translation>tie to the company</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>token expired</source>
        <translation>token expired</translation>
    </message>
    <message>
        <source>token expired — reconnect the account</source>
        <translation>token expired — reconnect the account</translation>
    </message>
    <message>
        <source>token expired: </source>
        <translation>token expired: </translation>
    </message>
    <message>
        <source>told on</source>
        <translation>told on</translation>
    </message>
    <message>
        <source>topics, comma separated; empty = every post</source>
        <translation>topics, comma separated; empty = every post</translation>
    </message>
    <message>
        <source>triaged</source>
        <translation>triaged</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>verification</translation>
    </message>
    <message>
        <source>verification flag</source>
        <translation>verification flag</translation>
    </message>
    <message>
        <source>verification flag ({severity})</source>
        <translation>verification flag ({severity})</translation>
    </message>
    <message>
        <source>verification text</source>
        <translation>verification text</translation>
    </message>
    <message>
        <source>verification type</source>
        <translation>verification type</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>verified as a media outlet (type {n})</source>
        <translation>verified as a media outlet (type {n})</translation>
    </message>
    <message>
        <source>verified as an institution (type {n})</source>
        <translation>verified as an institution (type {n})</translation>
    </message>
    <message>
        <source>verified as {kind}</source>
        <translation>verified as {kind}</translation>
    </message>
    <message>
        <source>verified by the platform</source>
        <translation>verified by the platform</translation>
    </message>
    <message>
        <source>verified, the name contains {w}</source>
        <translation>verified, the name contains {w}</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>version {v}</source>
        <translation>version {v}</translation>
    </message>
    <message>
        <source>via</source>
        <translation>via</translation>
    </message>
    <message>
        <source>waiting for review</source>
        <translation>waiting for review</translation>
    </message>
    <message>
        <source>watch list</source>
        <translation>watch list</translation>
    </message>
    <message>
        <source>website (blue V)</source>
        <translation>website (blue V)</translation>
    </message>
    <message>
        <source>what</source>
        <translation>what</translation>
    </message>
    <message>
        <source>why</source>
        <translation>why</translation>
    </message>
    <message>
        <source>will try again</source>
        <translation>will try again</translation>
    </message>
    <message>
        <source>will try again: </source>
        <translation>will try again: </translation>
    </message>
    <message>
        <source>winners</source>
        <translation>winners</translation>
    </message>
    <message>
        <source>word</source>
        <translation>word</translation>
    </message>
    <message>
        <source>words</source>
        <translation>words</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>worker</translation>
    </message>
    <message>
        <source>works at the company</source>
        <translation>works at the company</translation>
    </message>
    <message>
        <source>works there (“{m}”)</source>
        <translation>works there (“{m}”)</translation>
    </message>
    <message>
        <source>written by {who}</source>
        <translation>written by {who}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>yuan, e.g. 30</source>
        <translation>yuan, e.g. 30</translation>
    </message>
    <message>
        <source>yuan, e.g. 5000</source>
        <translation>yuan, e.g. 5000</translation>
    </message>
    <message>
        <source>yuan, e.g. 800</source>
        <translation>yuan, e.g. 800</translation>
    </message>
    <message>
        <source>yuan; empty: the account&apos;s cost per forward</source>
        <translation>yuan; empty: the account&apos;s cost per forward</translation>
    </message>
    <message>
        <source>zombie-like (no followers)</source>
        <translation>zombie-like (no followers)</translation>
    </message>
    <message>
        <source>zoom ×{z}</source>
        <translation>zoom ×{z}</translation>
    </message>
    <message>
        <source>{account} · due {due}</source>
        <translation>{account} · due {due}</translation>
    </message>
    <message>
        <source>{account} · {author} · first seen {seen}</source>
        <translation>{account} · {author} · first seen {seen}</translation>
    </message>
    <message>
        <source>{account} · {category} · was due {due}</source>
        <translation>{account} · {category} · was due {due}</translation>
    </message>
    <message>
        <source>{author} wrote: {text}</source>
        <translation>{author} wrote: {text}</translation>
    </message>
    <message>
        <source>{below} of {n} accounts are below the industry average</source>
        <translation>{below} of {n} accounts are below the industry average</translation>
    </message>
    <message>
        <source>{company} Weibo matrix: monthly report for {month}</source>
        <translation>{company} Weibo matrix: monthly report for {month}</translation>
    </message>
    <message>
        <source>{cost} for this forward; {left} left of the budget</source>
        <translation>{cost} for this forward; {left} left of the budget</translation>
    </message>
    <message>
        <source>{cost} per thousand reached</source>
        <translation>{cost} per thousand reached</translation>
    </message>
    <message>
        <source>{day} {weekday}: make-up working day ({name})</source>
        <translation>{day} {weekday}: make-up working day ({name})</translation>
    </message>
    <message>
        <source>{day} {weekday}: {name}, day off</source>
        <translation>{day} {weekday}: {name}, day off</translation>
    </message>
    <message>
        <source>{field} says “{evidence}”: the account {how}, so its posts read as the company&apos;s.</source>
        <translation>{field} says “{evidence}”: the account {how}, so its posts read as the company&apos;s.</translation>
    </message>
    <message>
        <source>{kind} {name} was changed by {who} after you opened it (changed: {what}). Your change was not saved, so nothing was overwritten. Look at the new version and make your change again.</source>
        <translation>{kind} {name} was changed by {who} after you opened it (changed: {what}). Your change was not saved, so nothing was overwritten. Look at the new version and make your change again.</translation>
    </message>
    <message>
        <source>{label}: a link</source>
        <translation>{label}: a link</translation>
    </message>
    <message>
        <source>{label}: mentions someone</source>
        <translation>{label}: mentions someone</translation>
    </message>
    <message>
        <source>{label}: reposted “{gram}”</source>
        <translation>{label}: reposted “{gram}”</translation>
    </message>
    <message>
        <source>{label}: {feature}</source>
        <translation>{label}: {feature}</translation>
    </message>
    <message>
        <source>{label}: {feature} ({words})</source>
        <translation>{label}: {feature} ({words})</translation>
    </message>
    <message>
        <source>{label}: “{gram}”</source>
        <translation>{label}: “{gram}”</translation>
    </message>
    <message>
        <source>{lo}–{hi} min</source>
        <translation>{lo}–{hi} min</translation>
    </message>
    <message>
        <source>{mid} is not a Weibo post id.</source>
        <translation>{mid} is not a Weibo post id.</translation>
    </message>
    <message>
        <source>{name} is already the official account; a matrix has one official account.</source>
        <translation>{name} is already the official account; a matrix has one official account.</translation>
    </message>
    <message>
        <source>{name} is connected; its token is in the keyring</source>
        <translation>{name} is connected; its token is in the keyring</translation>
    </message>
    <message>
        <source>{name} is not a credentials file.</source>
        <translation>{name} is not a credentials file.</translation>
    </message>
    <message>
        <source>{name} is not an active member of this team database.</source>
        <translation>{name} is not an active member of this team database.</translation>
    </message>
    <message>
        <source>{name} is not an active team member.</source>
        <translation>{name} is not an active team member.</translation>
    </message>
    <message>
        <source>{name} is the last admin; make someone else an admin first.</source>
        <translation>{name} is the last admin; make someone else an admin first.</translation>
    </message>
    <message>
        <source>{name} is the team&apos;s admin.</source>
        <translation>{name} is the team&apos;s admin.</translation>
    </message>
    <message>
        <source>{name} may not do this: it needs the {role} role.</source>
        <translation>{name} may not do this: it needs the {role} role.</translation>
    </message>
    <message>
        <source>{name} {start}–{end}: {lead}</source>
        <translation>{name} {start}–{end}: {lead}</translation>
    </message>
    <message>
        <source>{name}: {n} mentions in the last hours (usually {usual:.1f})</source>
        <translation>{name}: {n} mentions in the last hours (usually {usual:.1f})</translation>
    </message>
    <message>
        <source>{n} ({c} with a comment, {p} plain reposts)</source>
        <translation>{n} ({c} with a comment, {p} plain reposts)</translation>
    </message>
    <message>
        <source>{n} / 140 characters as Weibo counts them</source>
        <translation>{n} / 140 characters as Weibo counts them</translation>
    </message>
    <message>
        <source>{n} accounts</source>
        <translation>{n} accounts</translation>
    </message>
    <message>
        <source>{n} accounts checked: {o} flags opened, {r} resolved</source>
        <translation>{n} accounts checked: {o} flags opened, {r} resolved</translation>
    </message>
    <message>
        <source>{n} accounts connected.</source>
        <translation>{n} accounts connected.</translation>
    </message>
    <message>
        <source>{n} accounts, {r} rules</source>
        <translation>{n} accounts, {r} rules</translation>
    </message>
    <message>
        <source>{n} approvals taken back; nothing was sent</source>
        <translation>{n} approvals taken back; nothing was sent</translation>
    </message>
    <message>
        <source>{n} crisis signal(s) need attention now — latest: {text}</source>
        <translation>{n} crisis signal(s) need attention now — latest: {text}</translation>
    </message>
    <message>
        <source>{n} d notice</source>
        <translation>{n} d notice</translation>
    </message>
    <message>
        <source>{n} entrants frozen at the deadline, {e} eligible</source>
        <translation>{n} entrants frozen at the deadline, {e} eligible</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <source>{n} flags</source>
        <translation>{n} flags</translation>
    </message>
    <message>
        <source>{n} followed accounts</source>
        <translation>{n} followed accounts</translation>
    </message>
    <message>
        <source>{n} followers</source>
        <translation>{n} followers</translation>
    </message>
    <message>
        <source>{n} forwards waiting to be sent; next at {t}</source>
        <translation>{n} forwards waiting to be sent; next at {t}</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <source>{n} items need attention</source>
        <translation>{n} items need attention</translation>
    </message>
    <message>
        <source>{n} members</source>
        <translation>{n} members</translation>
    </message>
    <message>
        <source>{n} of {total} replies</source>
        <translation>{n} of {total} replies</translation>
    </message>
    <message>
        <source>{n} posts in the period</source>
        <translation>{n} posts in the period</translation>
    </message>
    <message>
        <source>{n} problems were found; nothing was changed.</source>
        <translation>{n} problems were found; nothing was changed.</translation>
    </message>
    <message>
        <source>{n} replies approved; Undo takes them back until they are sent</source>
        <translation>{n} replies approved; Undo takes them back until they are sent</translation>
    </message>
    <message>
        <source>{n} replies approved; sent in {s} s unless you take them back.</source>
        <translation>{n} replies approved; sent in {s} s unless you take them back.</translation>
    </message>
    <message>
        <source>{n} snapshots, one per sync</source>
        <translation>{n} snapshots, one per sync</translation>
    </message>
    <message>
        <source>{n} tickets</source>
        <translation>{n} tickets</translation>
    </message>
    <message>
        <source>{n} tickets exported to {path}</source>
        <translation>{n} tickets exported to {path}</translation>
    </message>
    <message>
        <source>{n} tokens need renewal ({names}): select one and press Connect account… to renew it.</source>
        <translation>{n} tokens need renewal ({names}): select one and press Connect account… to renew it.</translation>
    </message>
    <message>
        <source>{n} × {why}</source>
        <translation>{n} × {why}</translation>
    </message>
    <message>
        <source>{ok} of {n} answered within the SLA, {late} late, {open} unanswered; median {median} h</source>
        <translation>{ok} of {n} answered within the SLA, {late} late, {open} unanswered; median {median} h</translation>
    </message>
    <message>
        <source>{opened} opened ({by}), {closed} closed, {open} open at the end of the month</source>
        <translation>{opened} opened ({by}), {closed} closed, {open} open at the end of the month</translation>
    </message>
    <message>
        <source>{pct} (industry average 2.14%; {fans} distinct fans)</source>
        <translation>{pct} (industry average 2.14%; {fans} distinct fans)</translation>
    </message>
    <message>
        <source>{r} reposts, {c} comments, {l} likes</source>
        <translation>{r} reposts, {c} comments, {l} likes</translation>
    </message>
    <message>
        <source>{sent} replies sent, {failed} failed</source>
        <translation>{sent} replies sent, {failed} failed</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>{start} to {end} (local time); made {made}</source>
        <translation>{start} to {end} (local time); made {made}</translation>
    </message>
    <message>
        <source>{text} is not an amount of money (e.g. 80 or 12.50)</source>
        <translation>{text} is not an amount of money (e.g. 80 or 12.50)</translation>
    </message>
    <message>
        <source>{where} says “{evidence}”: {why}</source>
        <translation>{where} says “{evidence}”: {why}</translation>
    </message>
    <message>
        <source>{year}: the holidays are not published in this version yet; weekdays count until an update brings them</source>
        <translation>{year}: the holidays are not published in this version yet; weekdays count until an update brings them</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>● repost  ■ comment</source>
        <translation>● repost  ■ comment</translation>
    </message>
    <message>
        <source>✎ draft  ? in review  ● scheduled  ✓ published  ✗ failed  ⚠ clash  ⚑ gap  ◆ campaign</source>
        <translation>✎ draft  ? in review  ● scheduled  ✓ published  ✗ failed  ⚠ clash  ⚑ gap  ◆ campaign</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation>✗ missing</translation>
    </message>
</context>
</TS>
