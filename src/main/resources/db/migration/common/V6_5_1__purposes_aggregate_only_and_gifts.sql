-- Aggregate-only purposes read no identifying field: feedback (like analytics) sees only preferences (the preferred
-- language), never name, email, phone, company or address. Gifts are shipped by support (who already handles the
-- customer), so the postal address is read for gifts only by roles that ship: admin, privacy-officer, support.
-- Marketing chooses campaigns without reading addresses and keeps product-news.
UPDATE purposes SET categories = 'preferences',
    description = 'Ask for opinions and report them only in aggregate: no identifying field is read for it'
WHERE name = 'feedback';

UPDATE purposes SET roles = 'admin,privacy-officer,support',
    description = 'Send gifts or products to customers: read by the roles that ship them (support)'
WHERE name = 'gifts';

UPDATE purposes SET description = 'Understand in aggregate how the website and the products are used: no identifying field is read for it'
WHERE name = 'analytics';
