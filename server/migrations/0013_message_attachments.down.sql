DROP TABLE case_message_attachment;
