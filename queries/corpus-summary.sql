-- title: Corpus at a glance
-- description: How many articles, outlets, people and quotations the database holds, the dates it spans, and its quotation kinds.
SELECT (SELECT count(*) FROM articles) AS articles,
       (SELECT count(*) FROM sources) AS outlets,
       (SELECT count(*) FROM people) AS people,
       (SELECT count(*) FROM quotes) AS quotes,
       (SELECT count(*) FROM quotes WHERE kind = 'direct') AS direct,
       (SELECT count(*) FROM quotes WHERE kind = 'partial') AS partial,
       (SELECT count(*) FROM quotes WHERE kind = 'pullquote') AS pullquotes,
       (SELECT count(*) FROM quotes WHERE kind = 'indirect') AS indirect,
       (SELECT count(*) FROM organisations) AS organisations,
       (SELECT count(*) FROM quotes WHERE person_id IS NULL AND organisation_id IS NULL) AS unattributed,
       (SELECT min(substr(published, 1, 10)) FROM articles) AS first_published,
       (SELECT max(substr(published, 1, 10)) FROM articles) AS last_published;
