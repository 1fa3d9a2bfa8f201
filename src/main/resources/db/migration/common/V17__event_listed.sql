-- Whether an event is listed among the upcoming events. The seats of a homework-help session are an event too, shown
-- on the homework page only; before, the events page told them apart by their series id ('homework:<id>').
ALTER TABLE event ADD listed BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE event SET listed = FALSE WHERE series_id LIKE 'homework:%';
