-- The demo host's own tables (the connector keeps its state in qbo_* tables of its own database).
-- Every statement is idempotent: the schema is applied at every start.
CREATE TABLE IF NOT EXISTS demo_meta (
  meta_key VARCHAR(64) PRIMARY KEY,
  meta_value VARCHAR(255) NOT NULL
);
CREATE SEQUENCE IF NOT EXISTS demo_id_seq START WITH 1001;
CREATE TABLE IF NOT EXISTS customer (
  tenant VARCHAR(64) NOT NULL,
  customer_id VARCHAR(40) NOT NULL,
  company_name VARCHAR(200),
  contact_name VARCHAR(200),
  email VARCHAR(254),
  phone VARCHAR(40),
  line1 VARCHAR(200),
  line2 VARCHAR(200),
  city VARCHAR(100),
  region VARCHAR(100),
  postal_code VARCHAR(20),
  country VARCHAR(60),
  currency CHAR(3),
  updated_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant, customer_id)
);
CREATE TABLE IF NOT EXISTS project (
  tenant VARCHAR(64) NOT NULL,
  project_id VARCHAR(40) NOT NULL,
  customer_id VARCHAR(40) NOT NULL,
  name VARCHAR(200) NOT NULL,
  active BOOLEAN NOT NULL,
  updated_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant, project_id),
  FOREIGN KEY (tenant, customer_id) REFERENCES customer (tenant, customer_id)
);
CREATE TABLE IF NOT EXISTS invoice (
  tenant VARCHAR(64) NOT NULL,
  invoice_id VARCHAR(40) NOT NULL,
  customer_id VARCHAR(40) NOT NULL,
  project_id VARCHAR(40),
  invoice_number VARCHAR(40) NOT NULL,
  status VARCHAR(20) NOT NULL,
  issue_date DATE NOT NULL,
  due_date DATE,
  currency CHAR(3) NOT NULL,
  tax_rate DECIMAL(7, 3),
  tax_amount DECIMAL(19, 2) NOT NULL,
  discount DECIMAL(19, 2) NOT NULL,
  notes VARCHAR(4000),
  updated_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant, invoice_id),
  UNIQUE (tenant, invoice_number),
  FOREIGN KEY (tenant, customer_id) REFERENCES customer (tenant, customer_id)
);
CREATE TABLE IF NOT EXISTS invoice_line (
  tenant VARCHAR(64) NOT NULL,
  invoice_id VARCHAR(40) NOT NULL,
  line_no INT NOT NULL,
  line_id VARCHAR(40) NOT NULL,
  service_code VARCHAR(60),
  catalog_item_id VARCHAR(60),
  name VARCHAR(200),
  description VARCHAR(4000),
  quantity DECIMAL(19, 4) NOT NULL,
  unit_price DECIMAL(19, 4) NOT NULL,
  tax_rate_code VARCHAR(40),
  department VARCHAR(100),
  PRIMARY KEY (tenant, invoice_id, line_no),
  FOREIGN KEY (tenant, invoice_id) REFERENCES invoice (tenant, invoice_id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS payment (
  tenant VARCHAR(64) NOT NULL,
  payment_id VARCHAR(80) NOT NULL,
  invoice_id VARCHAR(40) NOT NULL,
  amount DECIMAL(19, 2) NOT NULL,
  currency CHAR(3) NOT NULL,
  paid_on DATE NOT NULL,
  method VARCHAR(40),
  reference VARCHAR(100),
  recorded_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant, payment_id),
  FOREIGN KEY (tenant, invoice_id) REFERENCES invoice (tenant, invoice_id)
);
CREATE TABLE IF NOT EXISTS expense (
  tenant VARCHAR(64) NOT NULL,
  expense_id VARCHAR(40) NOT NULL,
  vendor_name VARCHAR(200) NOT NULL,
  payment_method VARCHAR(40) NOT NULL,
  category VARCHAR(100) NOT NULL,
  amount DECIMAL(19, 2) NOT NULL,
  currency CHAR(3) NOT NULL,
  spent_on DATE NOT NULL,
  memo VARCHAR(4000),
  billable_customer_id VARCHAR(40),
  updated_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
  PRIMARY KEY (tenant, expense_id)
);
CREATE TABLE IF NOT EXISTS notification (
  notification_id BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant VARCHAR(64) NOT NULL,
  recipients VARCHAR(2000) NOT NULL,
  subject VARCHAR(1000) NOT NULL,
  body CLOB NOT NULL,
  sent_at TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
