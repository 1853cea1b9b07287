CREATE TABLE purposes (
    name         VARCHAR(60)   NOT NULL PRIMARY KEY,
    description  VARCHAR(1000) NOT NULL,
    categories   VARCHAR(500)  NOT NULL,
    roles        VARCHAR(500)  NOT NULL
);

CREATE TABLE purpose_compatibility (
    purpose          VARCHAR(60) NOT NULL REFERENCES purposes (name),
    compatible_with  VARCHAR(60) NOT NULL REFERENCES purposes (name),
    PRIMARY KEY (purpose, compatible_with)
);

INSERT INTO purposes (name, description, categories, roles) VALUES
  ('support', 'Answer the questions and solve the problems a customer brings to us',
   'identity,contact,organisation,address,preferences,attributes', 'admin,privacy-officer,support'),
  ('feedback', 'Ask for opinions and report them only in aggregate',
   'identity,contact,preferences', 'admin,privacy-officer,support,marketing,analyst'),
  ('product-news', 'Send news about products to customers who subscribed to it',
   'identity,contact,preferences', 'admin,privacy-officer,marketing'),
  ('gifts', 'Send gifts or products to customers',
   'identity,contact,address', 'admin,privacy-officer,support,marketing'),
  ('analytics', 'Understand in aggregate how the website and the products are used',
   'preferences', 'admin,privacy-officer,analyst'),
  ('legal-obligation', 'Keep and disclose what the law requires, for courts and agencies',
   'identity,contact,organisation,address,preferences,attributes', 'admin,privacy-officer');

INSERT INTO purpose_compatibility (purpose, compatible_with) VALUES
  ('feedback', 'support'),
  ('gifts', 'support'),
  ('support', 'gifts'),
  ('legal-obligation', 'support'),
  ('legal-obligation', 'feedback'),
  ('legal-obligation', 'product-news'),
  ('legal-obligation', 'gifts'),
  ('legal-obligation', 'analytics');
