export default {
    "scalars": [
        6,
        18,
        22,
        26,
        31,
        39,
        40,
        43,
        45,
        46,
        48,
        49,
        50,
        51,
        53,
        54,
        57,
        63,
        65,
        67,
        70,
        73,
        75,
        76,
        80,
        81,
        88,
        91,
        93,
        111,
        113
    ],
    "types": {
        "AddTeamMemberInput": {
            "email": [
                91
            ],
            "name": [
                91
            ],
            "password": [
                91
            ],
            "role": [
                93
            ],
            "__typename": [
                91
            ]
        },
        "AdvancedAnalytics": {
            "hourlyHeatmap": [
                44
            ],
            "questionDropOff": [
                87
            ],
            "__typename": [
                91
            ]
        },
        "AgentConfig": {
            "agentName": [
                91
            ],
            "emergencyKeywords": [
                91
            ],
            "emergencySensitivity": [
                46
            ],
            "faq": [
                41
            ],
            "id": [
                45
            ],
            "instructions": [
                91
            ],
            "interruptionDelayMs": [
                46
            ],
            "persona": [
                91
            ],
            "realtimeEnabled": [
                6
            ],
            "realtimeVoice": [
                91
            ],
            "twilioLanguage": [
                91
            ],
            "twilioVoice": [
                91
            ],
            "updatedAt": [
                31
            ],
            "voiceGreeting": [
                91
            ],
            "welcomeMessage": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "ApiKey": {
            "createdAt": [
                31
            ],
            "id": [
                45
            ],
            "lastUsedAt": [
                31
            ],
            "name": [
                91
            ],
            "prefix": [
                91
            ],
            "revokedAt": [
                31
            ],
            "role": [
                88
            ],
            "__typename": [
                91
            ]
        },
        "AuthPayload": {
            "businessId": [
                45
            ],
            "role": [
                88
            ],
            "token": [
                91
            ],
            "userId": [
                45
            ],
            "__typename": [
                91
            ]
        },
        "AvailablePhoneNumber": {
            "friendlyName": [
                91
            ],
            "isoCountry": [
                91
            ],
            "locality": [
                91
            ],
            "phoneNumber": [
                91
            ],
            "region": [
                91
            ],
            "sms": [
                6
            ],
            "voice": [
                6
            ],
            "__typename": [
                91
            ]
        },
        "Boolean": {},
        "Business": {
            "address": [
                91
            ],
            "allowedOrigins": [
                91
            ],
            "businessHours": [
                8
            ],
            "createdAt": [
                31
            ],
            "description": [
                91
            ],
            "emergencyMessageTemplate": [
                91
            ],
            "id": [
                45
            ],
            "name": [
                91
            ],
            "notificationSettings": [
                71
            ],
            "phoneNumber": [
                91
            ],
            "phoneNumberSource": [
                75
            ],
            "plan": [
                76
            ],
            "timezone": [
                91
            ],
            "twilioNumber": [
                91
            ],
            "updatedAt": [
                31
            ],
            "website": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "BusinessHours": {
            "holidays": [
                91
            ],
            "weekly": [
                33
            ],
            "__typename": [
                91
            ]
        },
        "BusinessHoursInput": {
            "holidays": [
                91
            ],
            "weekly": [
                34
            ],
            "__typename": [
                91
            ]
        },
        "CallAnalytics": {
            "connectionStatus": [
                91
            ],
            "durationSeconds": [
                46
            ],
            "emergencyDetected": [
                6
            ],
            "firstAudioMs": [
                46
            ],
            "intents": [
                91
            ],
            "interruptions": [
                46
            ],
            "messages": [
                46
            ],
            "mode": [
                91
            ],
            "openaiErrors": [
                46
            ],
            "packetsDropped": [
                46
            ],
            "packetsIn": [
                46
            ],
            "packetsOut": [
                46
            ],
            "reconnects": [
                46
            ],
            "toolCalls": [
                97
            ],
            "turnLatency": [
                98
            ],
            "__typename": [
                91
            ]
        },
        "CallTransferSettings": {
            "numbers": [
                91
            ],
            "ringSeconds": [
                46
            ],
            "__typename": [
                91
            ]
        },
        "Client": {
            "company": [
                91
            ],
            "createdAt": [
                31
            ],
            "email": [
                91
            ],
            "externalRef": [
                91
            ],
            "id": [
                45
            ],
            "name": [
                91
            ],
            "notes": [
                91
            ],
            "phone": [
                91
            ],
            "projects": [
                82
            ],
            "updatedAt": [
                31
            ],
            "__typename": [
                91
            ]
        },
        "ClientConnection": {
            "edges": [
                14
            ],
            "nodes": [
                12
            ],
            "pageInfo": [
                74
            ],
            "totalCount": [
                46
            ],
            "__typename": [
                91
            ]
        },
        "ClientEdge": {
            "cursor": [
                91
            ],
            "node": [
                12
            ],
            "__typename": [
                91
            ]
        },
        "ClientInput": {
            "company": [
                91
            ],
            "email": [
                91
            ],
            "name": [
                91
            ],
            "notes": [
                91
            ],
            "phone": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "ClientLinkRule": {
            "clientId": [
                45
            ],
            "createdAt": [
                31
            ],
            "id": [
                45
            ],
            "kind": [
                18
            ],
            "value": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "ClientLinkRuleInput": {
            "clientId": [
                45
            ],
            "kind": [
                18
            ],
            "value": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "ClientLinkRuleKind": {},
        "ConnectGoogleDriveInput": {
            "accessToken": [
                91
            ],
            "folderId": [
                91
            ],
            "serviceAccountKey": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "ConnectIntegrationInput": {
            "accessToken": [
                91
            ],
            "apiToken": [
                91
            ],
            "customerColumn": [
                91
            ],
            "customerField": [
                91
            ],
            "doneLabels": [
                91
            ],
            "email": [
                91
            ],
            "jql": [
                91
            ],
            "provider": [
                80
            ],
            "signingSecret": [
                91
            ],
            "siteUrl": [
                91
            ],
            "workspaceGid": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "Conversation": {
            "callAnalytics": [
                10
            ],
            "channel": [
                22
            ],
            "client": [
                12
            ],
            "durationSeconds": [
                46
            ],
            "endedAt": [
                31
            ],
            "fromNumber": [
                91
            ],
            "id": [
                45
            ],
            "leads": [
                55
            ],
            "messages": [
                66,
                {
                    "first": [
                        46
                    ]
                }
            ],
            "startedAt": [
                31
            ],
            "status": [
                26
            ],
            "summary": [
                91
            ],
            "toNumber": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "ConversationChannel": {},
        "ConversationConnection": {
            "edges": [
                24
            ],
            "nodes": [
                21
            ],
            "pageInfo": [
                74
            ],
            "totalCount": [
                46
            ],
            "__typename": [
                91
            ]
        },
        "ConversationEdge": {
            "cursor": [
                91
            ],
            "node": [
                21
            ],
            "__typename": [
                91
            ]
        },
        "ConversationFilter": {
            "channel": [
                22
            ],
            "startedAfter": [
                31
            ],
            "startedBefore": [
                31
            ],
            "status": [
                26
            ],
            "__typename": [
                91
            ]
        },
        "ConversationStatus": {},
        "ConversationUpdatedEvent": {
            "channel": [
                22
            ],
            "conversation": [
                21
            ],
            "conversationId": [
                45
            ],
            "status": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "CreateKnowledgeItemInput": {
            "content": [
                91
            ],
            "format": [
                51
            ],
            "title": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "CreatedApiKey": {
            "apiKey": [
                3
            ],
            "secret": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "Dashboard": {
            "advanced": [
                1
            ],
            "calls": [
                46
            ],
            "chats": [
                46
            ],
            "emergencies": [
                46
            ],
            "enhanced": [
                38
            ],
            "from": [
                31
            ],
            "leadsByStatus": [
                90
            ],
            "leadsPerDay": [
                32
            ],
            "leadsTotal": [
                46
            ],
            "timezone": [
                91
            ],
            "to": [
                31
            ],
            "__typename": [
                91
            ]
        },
        "DateTime": {},
        "DayCount": {
            "count": [
                46
            ],
            "date": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "DayHours": {
            "day": [
                91
            ],
            "ranges": [
                95
            ],
            "__typename": [
                91
            ]
        },
        "DayHoursInput": {
            "day": [
                91
            ],
            "ranges": [
                96
            ],
            "__typename": [
                91
            ]
        },
        "DayKeyCount": {
            "count": [
                46
            ],
            "date": [
                91
            ],
            "key": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "DriveSyncResult": {
            "added": [
                46
            ],
            "removed": [
                46
            ],
            "skipped": [
                46
            ],
            "unchanged": [
                46
            ],
            "updated": [
                46
            ],
            "__typename": [
                91
            ]
        },
        "EmergencyEscalation": {
            "acknowledgedAt": [
                31
            ],
            "acknowledgedBy": [
                91
            ],
            "contacts": [
                91
            ],
            "id": [
                45
            ],
            "leadId": [
                45
            ],
            "notedLeadIds": [
                45
            ],
            "startedAt": [
                31
            ],
            "status": [
                39
            ],
            "__typename": [
                91
            ]
        },
        "EnhancedAnalytics": {
            "averageCallDurationSeconds": [
                43
            ],
            "averageChatDurationSeconds": [
                43
            ],
            "conversionRate": [
                43
            ],
            "leadsPerDayByChannel": [
                35
            ],
            "leadsPerDayByPriority": [
                35
            ],
            "__typename": [
                91
            ]
        },
        "EscalationStatus": {},
        "ExpectedFormat": {},
        "FaqEntry": {
            "answer": [
                91
            ],
            "question": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "FaqEntryInput": {
            "answer": [
                91
            ],
            "question": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "Float": {},
        "HeatmapCell": {
            "count": [
                46
            ],
            "dayOfWeek": [
                46
            ],
            "hour": [
                46
            ],
            "__typename": [
                91
            ]
        },
        "ID": {},
        "Int": {},
        "Integration": {
            "accountLabel": [
                91
            ],
            "createdAt": [
                31
            ],
            "credentialsHint": [
                91
            ],
            "id": [
                45
            ],
            "lastError": [
                91
            ],
            "lastSyncAt": [
                31
            ],
            "projectCount": [
                46
            ],
            "provider": [
                48
            ],
            "status": [
                49
            ],
            "taskCount": [
                46
            ],
            "webhooksActive": [
                6
            ],
            "__typename": [
                91
            ]
        },
        "IntegrationProvider": {},
        "IntegrationStatus": {},
        "JSON": {},
        "KnowledgeInputFormat": {},
        "KnowledgeItem": {
            "chunkCount": [
                46
            ],
            "content": [
                91
            ],
            "createdAt": [
                31
            ],
            "id": [
                45
            ],
            "source": [
                53
            ],
            "status": [
                54
            ],
            "title": [
                91
            ],
            "updatedAt": [
                31
            ],
            "__typename": [
                91
            ]
        },
        "KnowledgeSource": {},
        "KnowledgeStatus": {},
        "Lead": {
            "acknowledgedAt": [
                31
            ],
            "address": [
                91
            ],
            "capturedData": [
                50
            ],
            "channel": [
                57
            ],
            "client": [
                12
            ],
            "conversation": [
                21
            ],
            "createdAt": [
                31
            ],
            "email": [
                91
            ],
            "emergencyNotes": [
                91
            ],
            "emergencySeverity": [
                46
            ],
            "escalation": [
                37
            ],
            "id": [
                45
            ],
            "isEmergency": [
                6
            ],
            "issue": [
                91
            ],
            "name": [
                91
            ],
            "notes": [
                91
            ],
            "notifications": [
                69
            ],
            "phone": [
                91
            ],
            "priority": [
                81
            ],
            "status": [
                63
            ],
            "updatedAt": [
                31
            ],
            "__typename": [
                91
            ]
        },
        "LeadCapturedEvent": {
            "lead": [
                55
            ],
            "leadId": [
                45
            ],
            "__typename": [
                91
            ]
        },
        "LeadChannel": {},
        "LeadConnection": {
            "edges": [
                59
            ],
            "nodes": [
                55
            ],
            "pageInfo": [
                74
            ],
            "totalCount": [
                46
            ],
            "__typename": [
                91
            ]
        },
        "LeadEdge": {
            "cursor": [
                91
            ],
            "node": [
                55
            ],
            "__typename": [
                91
            ]
        },
        "LeadFilter": {
            "channel": [
                57
            ],
            "createdAfter": [
                31
            ],
            "createdBefore": [
                31
            ],
            "isEmergency": [
                6
            ],
            "priority": [
                81
            ],
            "search": [
                91
            ],
            "status": [
                63
            ],
            "__typename": [
                91
            ]
        },
        "LeadQuestion": {
            "essentialForEmergency": [
                6
            ],
            "expectedFormat": [
                40
            ],
            "id": [
                45
            ],
            "mapsTo": [
                65
            ],
            "position": [
                46
            ],
            "question": [
                91
            ],
            "required": [
                6
            ],
            "__typename": [
                91
            ]
        },
        "LeadQuestionInput": {
            "essentialForEmergency": [
                6
            ],
            "expectedFormat": [
                40
            ],
            "mapsTo": [
                65
            ],
            "question": [
                91
            ],
            "required": [
                6
            ],
            "__typename": [
                91
            ]
        },
        "LeadStatus": {},
        "LiveCall": {
            "callSid": [
                91
            ],
            "connectionStatus": [
                91
            ],
            "conversationId": [
                45
            ],
            "durationSeconds": [
                46
            ],
            "interruptions": [
                46
            ],
            "packetsIn": [
                46
            ],
            "packetsOut": [
                46
            ],
            "startedAt": [
                31
            ],
            "toolCalls": [
                97
            ],
            "__typename": [
                91
            ]
        },
        "MapsTo": {},
        "Message": {
            "content": [
                91
            ],
            "createdAt": [
                31
            ],
            "id": [
                45
            ],
            "role": [
                67
            ],
            "__typename": [
                91
            ]
        },
        "MessageRole": {},
        "Mutation": {
            "addClientLinkRule": [
                16,
                {
                    "input": [
                        17,
                        "ClientLinkRuleInput!"
                    ]
                }
            ],
            "addTeamMember": [
                106,
                {
                    "input": [
                        0,
                        "AddTeamMemberInput!"
                    ]
                }
            ],
            "assignPhoneNumber": [
                7,
                {
                    "businessId": [
                        45,
                        "ID!"
                    ],
                    "phoneNumber": [
                        91
                    ]
                }
            ],
            "connectGoogleDrive": [
                47,
                {
                    "input": [
                        19,
                        "ConnectGoogleDriveInput!"
                    ]
                }
            ],
            "connectIntegration": [
                47,
                {
                    "input": [
                        20,
                        "ConnectIntegrationInput!"
                    ]
                }
            ],
            "connectPhoneNumber": [
                7,
                {
                    "phoneNumber": [
                        91,
                        "String!"
                    ]
                }
            ],
            "createApiKey": [
                29,
                {
                    "name": [
                        91,
                        "String!"
                    ],
                    "role": [
                        93
                    ]
                }
            ],
            "createClient": [
                12,
                {
                    "input": [
                        15,
                        "ClientInput!"
                    ]
                }
            ],
            "createKnowledgeItem": [
                52,
                {
                    "input": [
                        28,
                        "CreateKnowledgeItemInput!"
                    ]
                }
            ],
            "createLeadQuestion": [
                61,
                {
                    "input": [
                        62,
                        "LeadQuestionInput!"
                    ]
                }
            ],
            "createWebhookEndpoint": [
                110,
                {
                    "input": [
                        109,
                        "WebhookEndpointInput!"
                    ]
                }
            ],
            "deleteClient": [
                6,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "deleteKnowledgeItem": [
                6,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "deleteLeadQuestion": [
                6,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "deleteWebhookEndpoint": [
                6,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "disconnectIntegration": [
                6,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "linkProjectToClient": [
                82,
                {
                    "clientId": [
                        45
                    ],
                    "projectId": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "login": [
                4,
                {
                    "email": [
                        91,
                        "String!"
                    ],
                    "password": [
                        91,
                        "String!"
                    ]
                }
            ],
            "provisionPhoneNumber": [
                7,
                {
                    "phoneNumber": [
                        91,
                        "String!"
                    ]
                }
            ],
            "releasePhoneNumber": [
                7
            ],
            "removeClientLinkRule": [
                6,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "removeTeamMember": [
                6,
                {
                    "userId": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "reorderLeadQuestions": [
                61,
                {
                    "ids": [
                        45,
                        "[ID!]!"
                    ]
                }
            ],
            "retryNotification": [
                69,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "revokeApiKey": [
                3,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "rotateWebhookSecret": [
                110,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "sendTestEmail": [
                94,
                {
                    "to": [
                        91
                    ]
                }
            ],
            "setCallTransfer": [
                11,
                {
                    "numbers": [
                        91,
                        "[String!]!"
                    ],
                    "ringSeconds": [
                        46
                    ]
                }
            ],
            "setPlan": [
                7,
                {
                    "businessId": [
                        45,
                        "ID!"
                    ],
                    "plan": [
                        76,
                        "Plan!"
                    ]
                }
            ],
            "setTeamMemberRole": [
                106,
                {
                    "role": [
                        93,
                        "TeamRole!"
                    ],
                    "userId": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "signUp": [
                4,
                {
                    "input": [
                        89,
                        "SignUpInput!"
                    ]
                }
            ],
            "syncGoogleDrive": [
                36
            ],
            "syncProjects": [
                85,
                {
                    "integrationId": [
                        45
                    ]
                }
            ],
            "updateAgentConfig": [
                2,
                {
                    "input": [
                        99,
                        "UpdateAgentConfigInput!"
                    ]
                }
            ],
            "updateBusiness": [
                7,
                {
                    "input": [
                        100,
                        "UpdateBusinessInput!"
                    ]
                }
            ],
            "updateClient": [
                12,
                {
                    "id": [
                        45,
                        "ID!"
                    ],
                    "input": [
                        15,
                        "ClientInput!"
                    ]
                }
            ],
            "updateKnowledgeItem": [
                52,
                {
                    "id": [
                        45,
                        "ID!"
                    ],
                    "input": [
                        101,
                        "UpdateKnowledgeItemInput!"
                    ]
                }
            ],
            "updateLead": [
                55,
                {
                    "id": [
                        45,
                        "ID!"
                    ],
                    "input": [
                        102,
                        "UpdateLeadInput!"
                    ]
                }
            ],
            "updateLeadQuestion": [
                61,
                {
                    "id": [
                        45,
                        "ID!"
                    ],
                    "input": [
                        103,
                        "UpdateLeadQuestionInput!"
                    ]
                }
            ],
            "updateNotificationSettings": [
                7,
                {
                    "input": [
                        72,
                        "NotificationSettingsInput!"
                    ]
                }
            ],
            "updateVoiceSettings": [
                2,
                {
                    "input": [
                        104,
                        "UpdateVoiceSettingsInput!"
                    ]
                }
            ],
            "updateWebhookEndpoint": [
                108,
                {
                    "id": [
                        45,
                        "ID!"
                    ],
                    "input": [
                        109,
                        "WebhookEndpointInput!"
                    ]
                }
            ],
            "updateWidgetConfig": [
                112,
                {
                    "input": [
                        105,
                        "UpdateWidgetConfigInput!"
                    ]
                }
            ],
            "__typename": [
                91
            ]
        },
        "Notification": {
            "attempts": [
                46
            ],
            "channel": [
                70
            ],
            "createdAt": [
                31
            ],
            "id": [
                45
            ],
            "kind": [
                91
            ],
            "lastError": [
                91
            ],
            "leadId": [
                45
            ],
            "maxAttempts": [
                46
            ],
            "nextAttemptAt": [
                31
            ],
            "recipient": [
                91
            ],
            "sentAt": [
                31
            ],
            "status": [
                73
            ],
            "__typename": [
                91
            ]
        },
        "NotificationChannel": {},
        "NotificationSettings": {
            "escalationContacts": [
                91
            ],
            "notificationEmail": [
                91
            ],
            "notificationPhoneNumber": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "NotificationSettingsInput": {
            "escalationContacts": [
                91
            ],
            "notificationEmail": [
                91
            ],
            "notificationPhoneNumber": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "NotificationStatus": {},
        "PageInfo": {
            "endCursor": [
                91
            ],
            "hasNextPage": [
                6
            ],
            "__typename": [
                91
            ]
        },
        "PhoneNumberSource": {},
        "Plan": {},
        "PlanFeature": {
            "description": [
                91
            ],
            "included": [
                6
            ],
            "key": [
                91
            ],
            "requiredPlan": [
                76
            ],
            "__typename": [
                91
            ]
        },
        "PlanInfo": {
            "features": [
                77
            ],
            "limits": [
                79
            ],
            "tier": [
                76
            ],
            "__typename": [
                91
            ]
        },
        "PlanLimit": {
            "name": [
                91
            ],
            "value": [
                46
            ],
            "__typename": [
                91
            ]
        },
        "PmProvider": {},
        "Priority": {},
        "Project": {
            "client": [
                12
            ],
            "completedTaskCount": [
                46
            ],
            "description": [
                91
            ],
            "dueDate": [
                91
            ],
            "externalId": [
                91
            ],
            "id": [
                45
            ],
            "lastSyncedAt": [
                31
            ],
            "name": [
                91
            ],
            "progress": [
                46
            ],
            "provider": [
                91
            ],
            "status": [
                91
            ],
            "taskCount": [
                46
            ],
            "url": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "ProjectConnection": {
            "edges": [
                84
            ],
            "nodes": [
                82
            ],
            "pageInfo": [
                74
            ],
            "totalCount": [
                46
            ],
            "__typename": [
                91
            ]
        },
        "ProjectEdge": {
            "cursor": [
                91
            ],
            "node": [
                82
            ],
            "__typename": [
                91
            ]
        },
        "ProjectSyncResult": {
            "projectCount": [
                46
            ],
            "taskCount": [
                46
            ],
            "__typename": [
                91
            ]
        },
        "Query": {
            "agentConfig": [
                2
            ],
            "apiKeys": [
                3,
                {
                    "includeRevoked": [
                        6
                    ]
                }
            ],
            "availablePhoneNumbers": [
                5,
                {
                    "areaCode": [
                        91
                    ],
                    "contains": [
                        91
                    ],
                    "country": [
                        91
                    ]
                }
            ],
            "business": [
                7
            ],
            "callTransfer": [
                11
            ],
            "client": [
                12,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "clientLinkRules": [
                16
            ],
            "clients": [
                13,
                {
                    "after": [
                        91
                    ],
                    "first": [
                        46
                    ],
                    "search": [
                        91
                    ]
                }
            ],
            "conversation": [
                21,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "conversations": [
                23,
                {
                    "after": [
                        91
                    ],
                    "filter": [
                        25
                    ],
                    "first": [
                        46
                    ]
                }
            ],
            "dashboard": [
                30,
                {
                    "from": [
                        31
                    ],
                    "to": [
                        31
                    ]
                }
            ],
            "integrations": [
                47
            ],
            "knowledgeItem": [
                52,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "knowledgeItems": [
                52
            ],
            "lead": [
                55,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "leadQuestions": [
                61
            ],
            "leads": [
                58,
                {
                    "after": [
                        91
                    ],
                    "filter": [
                        60
                    ],
                    "first": [
                        46
                    ]
                }
            ],
            "liveCalls": [
                64
            ],
            "me": [
                107
            ],
            "notifications": [
                69,
                {
                    "leadId": [
                        45
                    ],
                    "limit": [
                        46
                    ],
                    "offset": [
                        46
                    ],
                    "status": [
                        73
                    ]
                }
            ],
            "plan": [
                78
            ],
            "project": [
                82,
                {
                    "id": [
                        45,
                        "ID!"
                    ]
                }
            ],
            "projects": [
                83,
                {
                    "after": [
                        91
                    ],
                    "clientId": [
                        45
                    ],
                    "first": [
                        46
                    ],
                    "status": [
                        91
                    ]
                }
            ],
            "team": [
                106
            ],
            "webhookEndpoints": [
                108
            ],
            "widgetConfig": [
                112
            ],
            "__typename": [
                91
            ]
        },
        "QuestionDropOff": {
            "answered": [
                46
            ],
            "dropOffRate": [
                43
            ],
            "position": [
                46
            ],
            "question": [
                91
            ],
            "questionId": [
                45
            ],
            "__typename": [
                91
            ]
        },
        "Role": {},
        "SignUpInput": {
            "businessName": [
                91
            ],
            "email": [
                91
            ],
            "name": [
                91
            ],
            "password": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "StatusCount": {
            "count": [
                46
            ],
            "status": [
                63
            ],
            "__typename": [
                91
            ]
        },
        "String": {},
        "Subscription": {
            "conversationUpdated": [
                27
            ],
            "leadCaptured": [
                56
            ],
            "__typename": [
                91
            ]
        },
        "TeamRole": {},
        "TestEmailResult": {
            "delivery": [
                91
            ],
            "error": [
                91
            ],
            "success": [
                6
            ],
            "to": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "TimeRange": {
            "close": [
                91
            ],
            "open": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "TimeRangeInput": {
            "close": [
                91
            ],
            "open": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "ToolCallCount": {
            "count": [
                46
            ],
            "tool": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "TurnLatency": {
            "bridgeP50Ms": [
                43
            ],
            "bridgeP95Ms": [
                43
            ],
            "modelP50Ms": [
                43
            ],
            "modelP95Ms": [
                43
            ],
            "totalP50Ms": [
                43
            ],
            "totalP95Ms": [
                43
            ],
            "turns": [
                46
            ],
            "__typename": [
                91
            ]
        },
        "UpdateAgentConfigInput": {
            "agentName": [
                91
            ],
            "emergencyKeywords": [
                91
            ],
            "emergencySensitivity": [
                46
            ],
            "faq": [
                42
            ],
            "instructions": [
                91
            ],
            "persona": [
                91
            ],
            "welcomeMessage": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "UpdateBusinessInput": {
            "address": [
                91
            ],
            "allowedOrigins": [
                91
            ],
            "businessHours": [
                9
            ],
            "description": [
                91
            ],
            "emergencyMessageTemplate": [
                91
            ],
            "name": [
                91
            ],
            "phoneNumber": [
                91
            ],
            "timezone": [
                91
            ],
            "website": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "UpdateKnowledgeItemInput": {
            "content": [
                91
            ],
            "format": [
                51
            ],
            "title": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "UpdateLeadInput": {
            "acknowledged": [
                6
            ],
            "clientId": [
                45
            ],
            "notes": [
                91
            ],
            "priority": [
                81
            ],
            "status": [
                63
            ],
            "__typename": [
                91
            ]
        },
        "UpdateLeadQuestionInput": {
            "essentialForEmergency": [
                6
            ],
            "expectedFormat": [
                40
            ],
            "mapsTo": [
                65
            ],
            "question": [
                91
            ],
            "required": [
                6
            ],
            "__typename": [
                91
            ]
        },
        "UpdateVoiceSettingsInput": {
            "interruptionDelayMs": [
                46
            ],
            "realtimeEnabled": [
                6
            ],
            "realtimeVoice": [
                91
            ],
            "twilioLanguage": [
                91
            ],
            "twilioVoice": [
                91
            ],
            "voiceGreeting": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "UpdateWidgetConfigInput": {
            "backgroundColor": [
                91
            ],
            "greeting": [
                91
            ],
            "launcherText": [
                91
            ],
            "position": [
                113
            ],
            "primaryColor": [
                91
            ],
            "showBranding": [
                6
            ],
            "textColor": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "User": {
            "createdAt": [
                31
            ],
            "email": [
                91
            ],
            "id": [
                45
            ],
            "lastLoginAt": [
                31
            ],
            "name": [
                91
            ],
            "role": [
                88
            ],
            "__typename": [
                91
            ]
        },
        "Viewer": {
            "apiKeyId": [
                45
            ],
            "business": [
                7
            ],
            "role": [
                88
            ],
            "user": [
                106
            ],
            "__typename": [
                91
            ]
        },
        "WebhookEndpoint": {
            "createdAt": [
                31
            ],
            "deliveries": [
                69,
                {
                    "limit": [
                        46
                    ]
                }
            ],
            "description": [
                91
            ],
            "enabled": [
                6
            ],
            "events": [
                111
            ],
            "id": [
                45
            ],
            "secretHint": [
                91
            ],
            "updatedAt": [
                31
            ],
            "url": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "WebhookEndpointInput": {
            "description": [
                91
            ],
            "enabled": [
                6
            ],
            "events": [
                111
            ],
            "url": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "WebhookEndpointWithSecret": {
            "endpoint": [
                108
            ],
            "secret": [
                91
            ],
            "__typename": [
                91
            ]
        },
        "WebhookEvent": {},
        "WidgetConfig": {
            "backgroundColor": [
                91
            ],
            "greeting": [
                91
            ],
            "id": [
                45
            ],
            "launcherText": [
                91
            ],
            "position": [
                113
            ],
            "primaryColor": [
                91
            ],
            "showBranding": [
                6
            ],
            "textColor": [
                91
            ],
            "updatedAt": [
                31
            ],
            "__typename": [
                91
            ]
        },
        "WidgetPosition": {}
    }
}