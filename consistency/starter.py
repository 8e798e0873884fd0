"""The starter config that `consistency init` writes: every setting, commented."""

STARTER_CONFIG = '''\
# consistency: what your company tells customers, checked across channels.
# Run:  consistency check consistency.toml
# Docs: README.md; the built-in rules: `consistency rules`.

[project]
name = "Example Company"
timezone = "Europe/Moscow"       # "today" for --as-of, and dates written without a zone
languages = ["ru", "en"]         # first language sets the default phone region
# region = "RU"                  # phone numbers written without +country (RU, RS, US, ...)
# city = "Москва"                # addresses written without a city

# One [[source]] per channel. `channel` is a free word (website, faq, ivr,
# branch, app, ...); website, faq and ivr choose how pages are fetched and read.
[[source]]
channel = "website"
urls = ["https://example.com/"]  # crawl starts: http(s), file://, or a path relative to this file
max_pages = 500                  # stop after this many pages
depth = 5                        # links followed from a start page
# allowed_domains = ["example.com"]
# verified = 2026-11-01          # when a person last confirmed this source is current

[[source]]
channel = "faq"
urls = ["https://example.com/faq/"]

# IVR scripts as files: VoiceXML, TwiML, Amazon Connect flow exports, plain-text prompts.
# [[source]]
# channel = "ivr"
# paths = ["ivr/**/*"]            # globs relative to this file

[crawl]
# Say who you are: site owners read this in their logs.
user_agent = "consistency/0.1 (+https://example.com/contact)"
timeout = 20                     # seconds per request
# max_page_bytes = 10485760      # larger pages are cut off, with a warning
# concurrency_per_domain = 8
# obey_robots = true
# autothrottle = true
# Credentials for a protected staging site come from the environment, never
# from this file: CONSISTENCY_HTTP_USER and CONSISTENCY_HTTP_PASSWORD.

# Tune a rule: severity, channels it looks at, its parameters.
# [rules.entity-missing]
# severity = "error"
# min_listed = 3
#
# [rules.email-mismatch]
# enabled = false
#
# Your own rules: YAML files like those in `consistency rules explain ID`.
# [rules]
# folders = ["our-rules"]

# Which channel is the source of truth for a kind of fact: findings then say
# which side is probably wrong.
# [truth]
# address = "website"

# Silence one known case, with a reason and (better) an end date.
# [[ignore]]
# rule = "hours-mismatch"
# subject = "Магазин на Покровке"
# reason = "IVR prompt re-recording is booked for December"
# until = 2026-12-15
'''
