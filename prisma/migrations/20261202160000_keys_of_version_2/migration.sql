-- Version 2 of the question generator names transitions by their condition too (a RST exactly at RCV.NXT), and
-- renamed the FIN that acknowledges ours. Flashcard memories, their reviews and the answers' mastery keys are renamed
-- to match, with the pairs of lib/versions/renames.ts, so every history keeps meaning what it meant.
UPDATE "CardMemory" SET "cardId" = CASE "cardId"
  WHEN 't:SYN-SENT|rcv SYN,ACK' THEN 't:SYN-SENT|rcv SYN,ACK|acks-syn'
  WHEN 't:SYN-SENT|rcv RST' THEN 't:SYN-SENT|rcv RST|acks-syn'
  WHEN 't:ESTABLISHED|rcv RST' THEN 't:ESTABLISHED|rcv RST|exact'
  WHEN 't:FIN-WAIT-1|rcv RST' THEN 't:FIN-WAIT-1|rcv RST|exact'
  WHEN 't:FIN-WAIT-2|rcv RST' THEN 't:FIN-WAIT-2|rcv RST|exact'
  WHEN 't:CLOSE-WAIT|rcv RST' THEN 't:CLOSE-WAIT|rcv RST|exact'
  WHEN 't:CLOSING|rcv RST' THEN 't:CLOSING|rcv RST|exact'
  WHEN 't:LAST-ACK|rcv RST' THEN 't:LAST-ACK|rcv RST|exact'
  WHEN 't:TIME-WAIT|rcv RST' THEN 't:TIME-WAIT|rcv RST|exact'
  WHEN 't:FIN-WAIT-1|rcv FIN,ACK' THEN 't:FIN-WAIT-1|rcv FIN and ACK of FIN'
  WHEN 't:ESTABLISHED|rcv data' THEN 't:ESTABLISHED|rcv data|in-order'
  WHEN 't:FIN-WAIT-1|rcv data' THEN 't:FIN-WAIT-1|rcv data|in-order'
  WHEN 't:FIN-WAIT-2|rcv data' THEN 't:FIN-WAIT-2|rcv data|in-order'
  WHEN 't:ESTABLISHED|rcv ACK' THEN 't:ESTABLISHED|rcv ACK|new-data'
  WHEN 't:CLOSE-WAIT|rcv ACK' THEN 't:CLOSE-WAIT|rcv ACK|new-data'
  WHEN 't:SYN-RECEIVED|rcv RST|passive' THEN 't:SYN-RECEIVED|rcv RST|exact|passive'
  WHEN 't:SYN-RECEIVED|rcv RST|active' THEN 't:SYN-RECEIVED|rcv RST|exact|active'
  ELSE "cardId" END
WHERE "cardId" IN ('t:SYN-SENT|rcv SYN,ACK', 't:SYN-SENT|rcv RST', 't:ESTABLISHED|rcv RST', 't:FIN-WAIT-1|rcv RST', 't:FIN-WAIT-2|rcv RST', 't:CLOSE-WAIT|rcv RST', 't:CLOSING|rcv RST', 't:LAST-ACK|rcv RST', 't:TIME-WAIT|rcv RST', 't:FIN-WAIT-1|rcv FIN,ACK', 't:ESTABLISHED|rcv data', 't:FIN-WAIT-1|rcv data', 't:FIN-WAIT-2|rcv data', 't:ESTABLISHED|rcv ACK', 't:CLOSE-WAIT|rcv ACK', 't:SYN-RECEIVED|rcv RST|passive', 't:SYN-RECEIVED|rcv RST|active');

UPDATE "Review" SET "cardId" = CASE "cardId"
  WHEN 't:SYN-SENT|rcv SYN,ACK' THEN 't:SYN-SENT|rcv SYN,ACK|acks-syn'
  WHEN 't:SYN-SENT|rcv RST' THEN 't:SYN-SENT|rcv RST|acks-syn'
  WHEN 't:ESTABLISHED|rcv RST' THEN 't:ESTABLISHED|rcv RST|exact'
  WHEN 't:FIN-WAIT-1|rcv RST' THEN 't:FIN-WAIT-1|rcv RST|exact'
  WHEN 't:FIN-WAIT-2|rcv RST' THEN 't:FIN-WAIT-2|rcv RST|exact'
  WHEN 't:CLOSE-WAIT|rcv RST' THEN 't:CLOSE-WAIT|rcv RST|exact'
  WHEN 't:CLOSING|rcv RST' THEN 't:CLOSING|rcv RST|exact'
  WHEN 't:LAST-ACK|rcv RST' THEN 't:LAST-ACK|rcv RST|exact'
  WHEN 't:TIME-WAIT|rcv RST' THEN 't:TIME-WAIT|rcv RST|exact'
  WHEN 't:FIN-WAIT-1|rcv FIN,ACK' THEN 't:FIN-WAIT-1|rcv FIN and ACK of FIN'
  WHEN 't:ESTABLISHED|rcv data' THEN 't:ESTABLISHED|rcv data|in-order'
  WHEN 't:FIN-WAIT-1|rcv data' THEN 't:FIN-WAIT-1|rcv data|in-order'
  WHEN 't:FIN-WAIT-2|rcv data' THEN 't:FIN-WAIT-2|rcv data|in-order'
  WHEN 't:ESTABLISHED|rcv ACK' THEN 't:ESTABLISHED|rcv ACK|new-data'
  WHEN 't:CLOSE-WAIT|rcv ACK' THEN 't:CLOSE-WAIT|rcv ACK|new-data'
  WHEN 't:SYN-RECEIVED|rcv RST|passive' THEN 't:SYN-RECEIVED|rcv RST|exact|passive'
  WHEN 't:SYN-RECEIVED|rcv RST|active' THEN 't:SYN-RECEIVED|rcv RST|exact|active'
  ELSE "cardId" END
WHERE "cardId" IN ('t:SYN-SENT|rcv SYN,ACK', 't:SYN-SENT|rcv RST', 't:ESTABLISHED|rcv RST', 't:FIN-WAIT-1|rcv RST', 't:FIN-WAIT-2|rcv RST', 't:CLOSE-WAIT|rcv RST', 't:CLOSING|rcv RST', 't:LAST-ACK|rcv RST', 't:TIME-WAIT|rcv RST', 't:FIN-WAIT-1|rcv FIN,ACK', 't:ESTABLISHED|rcv data', 't:FIN-WAIT-1|rcv data', 't:FIN-WAIT-2|rcv data', 't:ESTABLISHED|rcv ACK', 't:CLOSE-WAIT|rcv ACK', 't:SYN-RECEIVED|rcv RST|passive', 't:SYN-RECEIVED|rcv RST|active');

UPDATE "Answer" SET "basisKey" = CASE "basisKey"
  WHEN 'SYN-SENT|rcv SYN,ACK' THEN 'SYN-SENT|rcv SYN,ACK|acks-syn'
  WHEN 'SYN-SENT|rcv RST' THEN 'SYN-SENT|rcv RST|acks-syn'
  WHEN 'SYN-RECEIVED|rcv RST' THEN 'SYN-RECEIVED|rcv RST|exact|passive'
  WHEN 'ESTABLISHED|rcv RST' THEN 'ESTABLISHED|rcv RST|exact'
  WHEN 'FIN-WAIT-1|rcv RST' THEN 'FIN-WAIT-1|rcv RST|exact'
  WHEN 'FIN-WAIT-2|rcv RST' THEN 'FIN-WAIT-2|rcv RST|exact'
  WHEN 'CLOSE-WAIT|rcv RST' THEN 'CLOSE-WAIT|rcv RST|exact'
  WHEN 'CLOSING|rcv RST' THEN 'CLOSING|rcv RST|exact'
  WHEN 'LAST-ACK|rcv RST' THEN 'LAST-ACK|rcv RST|exact'
  WHEN 'TIME-WAIT|rcv RST' THEN 'TIME-WAIT|rcv RST|exact'
  WHEN 'FIN-WAIT-1|rcv FIN,ACK' THEN 'FIN-WAIT-1|rcv FIN and ACK of FIN'
  WHEN 'ESTABLISHED|rcv data' THEN 'ESTABLISHED|rcv data|in-order'
  WHEN 'FIN-WAIT-1|rcv data' THEN 'FIN-WAIT-1|rcv data|in-order'
  WHEN 'FIN-WAIT-2|rcv data' THEN 'FIN-WAIT-2|rcv data|in-order'
  WHEN 'ESTABLISHED|rcv ACK' THEN 'ESTABLISHED|rcv ACK|new-data'
  WHEN 'CLOSE-WAIT|rcv ACK' THEN 'CLOSE-WAIT|rcv ACK|new-data'
  ELSE "basisKey" END
WHERE "basisKey" IN ('SYN-SENT|rcv SYN,ACK', 'SYN-SENT|rcv RST', 'SYN-RECEIVED|rcv RST', 'ESTABLISHED|rcv RST', 'FIN-WAIT-1|rcv RST', 'FIN-WAIT-2|rcv RST', 'CLOSE-WAIT|rcv RST', 'CLOSING|rcv RST', 'LAST-ACK|rcv RST', 'TIME-WAIT|rcv RST', 'FIN-WAIT-1|rcv FIN,ACK', 'ESTABLISHED|rcv data', 'FIN-WAIT-1|rcv data', 'FIN-WAIT-2|rcv data', 'ESTABLISHED|rcv ACK', 'CLOSE-WAIT|rcv ACK');
