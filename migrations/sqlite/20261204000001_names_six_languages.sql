-- Reference names in the six official languages (Arabic, Chinese, English, French,
-- Russian, Spanish). English and Chinese were there; the other four are filled by the
-- reference synchronisation at start (reference/i18n/*.csv). Spaces that people create
-- keep the other four empty and are shown in English until someone names them.
ALTER TABLE organizations ADD COLUMN name_ar TEXT NOT NULL DEFAULT '';
ALTER TABLE organizations ADD COLUMN name_es TEXT NOT NULL DEFAULT '';
ALTER TABLE organizations ADD COLUMN name_fr TEXT NOT NULL DEFAULT '';
ALTER TABLE organizations ADD COLUMN name_ru TEXT NOT NULL DEFAULT '';
-- Other acronyms an entity is known by (ONUDC, UNODC's French one), for search.
ALTER TABLE organizations ADD COLUMN aliases TEXT NOT NULL DEFAULT '';
ALTER TABLE pillars ADD COLUMN name_ar TEXT NOT NULL DEFAULT '';
ALTER TABLE pillars ADD COLUMN name_es TEXT NOT NULL DEFAULT '';
ALTER TABLE pillars ADD COLUMN name_fr TEXT NOT NULL DEFAULT '';
ALTER TABLE pillars ADD COLUMN name_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE themes ADD COLUMN name_ar TEXT NOT NULL DEFAULT '';
ALTER TABLE themes ADD COLUMN name_es TEXT NOT NULL DEFAULT '';
ALTER TABLE themes ADD COLUMN name_fr TEXT NOT NULL DEFAULT '';
ALTER TABLE themes ADD COLUMN name_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE spaces ADD COLUMN name_ar TEXT NOT NULL DEFAULT '';
ALTER TABLE spaces ADD COLUMN name_es TEXT NOT NULL DEFAULT '';
ALTER TABLE spaces ADD COLUMN name_fr TEXT NOT NULL DEFAULT '';
ALTER TABLE spaces ADD COLUMN name_ru TEXT NOT NULL DEFAULT '';
