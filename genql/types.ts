export default {
    "scalars": [
        6,
        17,
        21,
        25,
        30,
        37,
        40,
        42,
        43,
        45,
        46,
        47,
        48,
        50,
        51,
        54,
        60,
        62,
        64,
        67,
        70,
        72,
        73,
        77,
        78,
        85,
        88,
        90,
        107,
        109
    ],
    "types": {
        "AddTeamMemberInput": {
            "email": [
                88
            ],
            "name": [
                88
            ],
            "password": [
                88
            ],
            "role": [
                90
            ],
            "__typename": [
                88
            ]
        },
        "AdvancedAnalytics": {
            "hourlyHeatmap": [
                41
            ],
            "questionDropOff": [
                84
            ],
            "__typename": [
                88
            ]
        },
        "AgentConfig": {
            "agentName": [
                88
            ],
            "emergencyKeywords": [
                88
            ],
            "emergencySensitivity": [
                43
            ],
            "faq": [
                38
            ],
            "id": [
                42
            ],
            "instructions": [
                88
            ],
            "interruptionDelayMs": [
                43
            ],
            "persona": [
                88
            ],
            "realtimeEnabled": [
                6
            ],
            "realtimeVoice": [
                88
            ],
            "twilioLanguage": [
                88
            ],
            "twilioVoice": [
                88
            ],
            "updatedAt": [
                30
            ],
            "voiceGreeting": [
                88
            ],
            "welcomeMessage": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "ApiKey": {
            "createdAt": [
                30
            ],
            "id": [
                42
            ],
            "lastUsedAt": [
                30
            ],
            "name": [
                88
            ],
            "prefix": [
                88
            ],
            "revokedAt": [
                30
            ],
            "role": [
                85
            ],
            "__typename": [
                88
            ]
        },
        "AuthPayload": {
            "businessId": [
                42
            ],
            "role": [
                85
            ],
            "token": [
                88
            ],
            "userId": [
                42
            ],
            "__typename": [
                88
            ]
        },
        "AvailablePhoneNumber": {
            "friendlyName": [
                88
            ],
            "isoCountry": [
                88
            ],
            "locality": [
                88
            ],
            "phoneNumber": [
                88
            ],
            "region": [
                88
            ],
            "sms": [
                6
            ],
            "voice": [
                6
            ],
            "__typename": [
                88
            ]
        },
        "Boolean": {},
        "Business": {
            "address": [
                88
            ],
            "allowedOrigins": [
                88
            ],
            "businessHours": [
                8
            ],
            "createdAt": [
                30
            ],
            "description": [
                88
            ],
            "emergencyMessageTemplate": [
                88
            ],
            "id": [
                42
            ],
            "name": [
                88
            ],
            "notificationSettings": [
                68
            ],
            "phoneNumber": [
                88
            ],
            "phoneNumberSource": [
                72
            ],
            "plan": [
                73
            ],
            "timezone": [
                88
            ],
            "twilioNumber": [
                88
            ],
            "updatedAt": [
                30
            ],
            "website": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "BusinessHours": {
            "holidays": [
                88
            ],
            "weekly": [
                32
            ],
            "__typename": [
                88
            ]
        },
        "BusinessHoursInput": {
            "holidays": [
                88
            ],
            "weekly": [
                33
            ],
            "__typename": [
                88
            ]
        },
        "CallAnalytics": {
            "connectionStatus": [
                88
            ],
            "durationSeconds": [
                43
            ],
            "emergencyDetected": [
                6
            ],
            "firstAudioMs": [
                43
            ],
            "intents": [
                88
            ],
            "interruptions": [
                43
            ],
            "messages": [
                43
            ],
            "mode": [
                88
            ],
            "openaiErrors": [
                43
            ],
            "packetsDropped": [
                43
            ],
            "packetsIn": [
                43
            ],
            "packetsOut": [
                43
            ],
            "reconnects": [
                43
            ],
            "toolCalls": [
                94
            ],
            "__typename": [
                88
            ]
        },
        "Client": {
            "company": [
                88
            ],
            "createdAt": [
                30
            ],
            "email": [
                88
            ],
            "externalRef": [
                88
            ],
            "id": [
                42
            ],
            "name": [
                88
            ],
            "notes": [
                88
            ],
            "phone": [
                88
            ],
            "projects": [
                79
            ],
            "updatedAt": [
                30
            ],
            "__typename": [
                88
            ]
        },
        "ClientConnection": {
            "edges": [
                13
            ],
            "nodes": [
                11
            ],
            "pageInfo": [
                71
            ],
            "totalCount": [
                43
            ],
            "__typename": [
                88
            ]
        },
        "ClientEdge": {
            "cursor": [
                88
            ],
            "node": [
                11
            ],
            "__typename": [
                88
            ]
        },
        "ClientInput": {
            "company": [
                88
            ],
            "email": [
                88
            ],
            "name": [
                88
            ],
            "notes": [
                88
            ],
            "phone": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "ClientLinkRule": {
            "clientId": [
                42
            ],
            "createdAt": [
                30
            ],
            "id": [
                42
            ],
            "kind": [
                17
            ],
            "value": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "ClientLinkRuleInput": {
            "clientId": [
                42
            ],
            "kind": [
                17
            ],
            "value": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "ClientLinkRuleKind": {},
        "ConnectGoogleDriveInput": {
            "accessToken": [
                88
            ],
            "folderId": [
                88
            ],
            "serviceAccountKey": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "ConnectIntegrationInput": {
            "accessToken": [
                88
            ],
            "apiToken": [
                88
            ],
            "customerColumn": [
                88
            ],
            "customerField": [
                88
            ],
            "doneLabels": [
                88
            ],
            "email": [
                88
            ],
            "jql": [
                88
            ],
            "provider": [
                77
            ],
            "signingSecret": [
                88
            ],
            "siteUrl": [
                88
            ],
            "workspaceGid": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "Conversation": {
            "callAnalytics": [
                10
            ],
            "channel": [
                21
            ],
            "client": [
                11
            ],
            "durationSeconds": [
                43
            ],
            "endedAt": [
                30
            ],
            "fromNumber": [
                88
            ],
            "id": [
                42
            ],
            "leads": [
                52
            ],
            "messages": [
                63,
                {
                    "first": [
                        43
                    ]
                }
            ],
            "startedAt": [
                30
            ],
            "status": [
                25
            ],
            "summary": [
                88
            ],
            "toNumber": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "ConversationChannel": {},
        "ConversationConnection": {
            "edges": [
                23
            ],
            "nodes": [
                20
            ],
            "pageInfo": [
                71
            ],
            "totalCount": [
                43
            ],
            "__typename": [
                88
            ]
        },
        "ConversationEdge": {
            "cursor": [
                88
            ],
            "node": [
                20
            ],
            "__typename": [
                88
            ]
        },
        "ConversationFilter": {
            "channel": [
                21
            ],
            "startedAfter": [
                30
            ],
            "startedBefore": [
                30
            ],
            "status": [
                25
            ],
            "__typename": [
                88
            ]
        },
        "ConversationStatus": {},
        "ConversationUpdatedEvent": {
            "channel": [
                21
            ],
            "conversation": [
                20
            ],
            "conversationId": [
                42
            ],
            "status": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "CreateKnowledgeItemInput": {
            "content": [
                88
            ],
            "format": [
                48
            ],
            "title": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "CreatedApiKey": {
            "apiKey": [
                3
            ],
            "secret": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "Dashboard": {
            "advanced": [
                1
            ],
            "calls": [
                43
            ],
            "chats": [
                43
            ],
            "emergencies": [
                43
            ],
            "enhanced": [
                36
            ],
            "from": [
                30
            ],
            "leadsByStatus": [
                87
            ],
            "leadsPerDay": [
                31
            ],
            "leadsTotal": [
                43
            ],
            "timezone": [
                88
            ],
            "to": [
                30
            ],
            "__typename": [
                88
            ]
        },
        "DateTime": {},
        "DayCount": {
            "count": [
                43
            ],
            "date": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "DayHours": {
            "day": [
                88
            ],
            "ranges": [
                92
            ],
            "__typename": [
                88
            ]
        },
        "DayHoursInput": {
            "day": [
                88
            ],
            "ranges": [
                93
            ],
            "__typename": [
                88
            ]
        },
        "DayKeyCount": {
            "count": [
                43
            ],
            "date": [
                88
            ],
            "key": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "DriveSyncResult": {
            "added": [
                43
            ],
            "removed": [
                43
            ],
            "skipped": [
                43
            ],
            "unchanged": [
                43
            ],
            "updated": [
                43
            ],
            "__typename": [
                88
            ]
        },
        "EnhancedAnalytics": {
            "averageCallDurationSeconds": [
                40
            ],
            "averageChatDurationSeconds": [
                40
            ],
            "conversionRate": [
                40
            ],
            "leadsPerDayByChannel": [
                34
            ],
            "leadsPerDayByPriority": [
                34
            ],
            "__typename": [
                88
            ]
        },
        "ExpectedFormat": {},
        "FaqEntry": {
            "answer": [
                88
            ],
            "question": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "FaqEntryInput": {
            "answer": [
                88
            ],
            "question": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "Float": {},
        "HeatmapCell": {
            "count": [
                43
            ],
            "dayOfWeek": [
                43
            ],
            "hour": [
                43
            ],
            "__typename": [
                88
            ]
        },
        "ID": {},
        "Int": {},
        "Integration": {
            "accountLabel": [
                88
            ],
            "createdAt": [
                30
            ],
            "credentialsHint": [
                88
            ],
            "id": [
                42
            ],
            "lastError": [
                88
            ],
            "lastSyncAt": [
                30
            ],
            "projectCount": [
                43
            ],
            "provider": [
                45
            ],
            "status": [
                46
            ],
            "taskCount": [
                43
            ],
            "webhooksActive": [
                6
            ],
            "__typename": [
                88
            ]
        },
        "IntegrationProvider": {},
        "IntegrationStatus": {},
        "JSON": {},
        "KnowledgeInputFormat": {},
        "KnowledgeItem": {
            "chunkCount": [
                43
            ],
            "content": [
                88
            ],
            "createdAt": [
                30
            ],
            "id": [
                42
            ],
            "source": [
                50
            ],
            "status": [
                51
            ],
            "title": [
                88
            ],
            "updatedAt": [
                30
            ],
            "__typename": [
                88
            ]
        },
        "KnowledgeSource": {},
        "KnowledgeStatus": {},
        "Lead": {
            "acknowledgedAt": [
                30
            ],
            "address": [
                88
            ],
            "capturedData": [
                47
            ],
            "channel": [
                54
            ],
            "client": [
                11
            ],
            "conversation": [
                20
            ],
            "createdAt": [
                30
            ],
            "email": [
                88
            ],
            "emergencyNotes": [
                88
            ],
            "emergencySeverity": [
                43
            ],
            "id": [
                42
            ],
            "isEmergency": [
                6
            ],
            "issue": [
                88
            ],
            "name": [
                88
            ],
            "notes": [
                88
            ],
            "notifications": [
                66
            ],
            "phone": [
                88
            ],
            "priority": [
                78
            ],
            "status": [
                60
            ],
            "updatedAt": [
                30
            ],
            "__typename": [
                88
            ]
        },
        "LeadCapturedEvent": {
            "lead": [
                52
            ],
            "leadId": [
                42
            ],
            "__typename": [
                88
            ]
        },
        "LeadChannel": {},
        "LeadConnection": {
            "edges": [
                56
            ],
            "nodes": [
                52
            ],
            "pageInfo": [
                71
            ],
            "totalCount": [
                43
            ],
            "__typename": [
                88
            ]
        },
        "LeadEdge": {
            "cursor": [
                88
            ],
            "node": [
                52
            ],
            "__typename": [
                88
            ]
        },
        "LeadFilter": {
            "channel": [
                54
            ],
            "createdAfter": [
                30
            ],
            "createdBefore": [
                30
            ],
            "isEmergency": [
                6
            ],
            "priority": [
                78
            ],
            "search": [
                88
            ],
            "status": [
                60
            ],
            "__typename": [
                88
            ]
        },
        "LeadQuestion": {
            "essentialForEmergency": [
                6
            ],
            "expectedFormat": [
                37
            ],
            "id": [
                42
            ],
            "mapsTo": [
                62
            ],
            "position": [
                43
            ],
            "question": [
                88
            ],
            "required": [
                6
            ],
            "__typename": [
                88
            ]
        },
        "LeadQuestionInput": {
            "essentialForEmergency": [
                6
            ],
            "expectedFormat": [
                37
            ],
            "mapsTo": [
                62
            ],
            "question": [
                88
            ],
            "required": [
                6
            ],
            "__typename": [
                88
            ]
        },
        "LeadStatus": {},
        "LiveCall": {
            "callSid": [
                88
            ],
            "connectionStatus": [
                88
            ],
            "conversationId": [
                42
            ],
            "durationSeconds": [
                43
            ],
            "interruptions": [
                43
            ],
            "packetsIn": [
                43
            ],
            "packetsOut": [
                43
            ],
            "startedAt": [
                30
            ],
            "toolCalls": [
                94
            ],
            "__typename": [
                88
            ]
        },
        "MapsTo": {},
        "Message": {
            "content": [
                88
            ],
            "createdAt": [
                30
            ],
            "id": [
                42
            ],
            "role": [
                64
            ],
            "__typename": [
                88
            ]
        },
        "MessageRole": {},
        "Mutation": {
            "addClientLinkRule": [
                15,
                {
                    "input": [
                        16,
                        "ClientLinkRuleInput!"
                    ]
                }
            ],
            "addTeamMember": [
                102,
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
                        42,
                        "ID!"
                    ],
                    "phoneNumber": [
                        88
                    ]
                }
            ],
            "connectGoogleDrive": [
                44,
                {
                    "input": [
                        18,
                        "ConnectGoogleDriveInput!"
                    ]
                }
            ],
            "connectIntegration": [
                44,
                {
                    "input": [
                        19,
                        "ConnectIntegrationInput!"
                    ]
                }
            ],
            "connectPhoneNumber": [
                7,
                {
                    "phoneNumber": [
                        88,
                        "String!"
                    ]
                }
            ],
            "createApiKey": [
                28,
                {
                    "name": [
                        88,
                        "String!"
                    ],
                    "role": [
                        90
                    ]
                }
            ],
            "createClient": [
                11,
                {
                    "input": [
                        14,
                        "ClientInput!"
                    ]
                }
            ],
            "createKnowledgeItem": [
                49,
                {
                    "input": [
                        27,
                        "CreateKnowledgeItemInput!"
                    ]
                }
            ],
            "createLeadQuestion": [
                58,
                {
                    "input": [
                        59,
                        "LeadQuestionInput!"
                    ]
                }
            ],
            "createWebhookEndpoint": [
                106,
                {
                    "input": [
                        105,
                        "WebhookEndpointInput!"
                    ]
                }
            ],
            "deleteClient": [
                6,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "deleteKnowledgeItem": [
                6,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "deleteLeadQuestion": [
                6,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "deleteWebhookEndpoint": [
                6,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "disconnectIntegration": [
                6,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "linkProjectToClient": [
                79,
                {
                    "clientId": [
                        42
                    ],
                    "projectId": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "login": [
                4,
                {
                    "email": [
                        88,
                        "String!"
                    ],
                    "password": [
                        88,
                        "String!"
                    ]
                }
            ],
            "provisionPhoneNumber": [
                7,
                {
                    "phoneNumber": [
                        88,
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
                        42,
                        "ID!"
                    ]
                }
            ],
            "removeTeamMember": [
                6,
                {
                    "userId": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "reorderLeadQuestions": [
                58,
                {
                    "ids": [
                        42,
                        "[ID!]!"
                    ]
                }
            ],
            "retryNotification": [
                66,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "revokeApiKey": [
                3,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "rotateWebhookSecret": [
                106,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "sendTestEmail": [
                91,
                {
                    "to": [
                        88
                    ]
                }
            ],
            "setPlan": [
                7,
                {
                    "businessId": [
                        42,
                        "ID!"
                    ],
                    "plan": [
                        73,
                        "Plan!"
                    ]
                }
            ],
            "setTeamMemberRole": [
                102,
                {
                    "role": [
                        90,
                        "TeamRole!"
                    ],
                    "userId": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "signUp": [
                4,
                {
                    "input": [
                        86,
                        "SignUpInput!"
                    ]
                }
            ],
            "syncGoogleDrive": [
                35
            ],
            "syncProjects": [
                82,
                {
                    "integrationId": [
                        42
                    ]
                }
            ],
            "updateAgentConfig": [
                2,
                {
                    "input": [
                        95,
                        "UpdateAgentConfigInput!"
                    ]
                }
            ],
            "updateBusiness": [
                7,
                {
                    "input": [
                        96,
                        "UpdateBusinessInput!"
                    ]
                }
            ],
            "updateClient": [
                11,
                {
                    "id": [
                        42,
                        "ID!"
                    ],
                    "input": [
                        14,
                        "ClientInput!"
                    ]
                }
            ],
            "updateKnowledgeItem": [
                49,
                {
                    "id": [
                        42,
                        "ID!"
                    ],
                    "input": [
                        97,
                        "UpdateKnowledgeItemInput!"
                    ]
                }
            ],
            "updateLead": [
                52,
                {
                    "id": [
                        42,
                        "ID!"
                    ],
                    "input": [
                        98,
                        "UpdateLeadInput!"
                    ]
                }
            ],
            "updateLeadQuestion": [
                58,
                {
                    "id": [
                        42,
                        "ID!"
                    ],
                    "input": [
                        99,
                        "UpdateLeadQuestionInput!"
                    ]
                }
            ],
            "updateNotificationSettings": [
                7,
                {
                    "input": [
                        69,
                        "NotificationSettingsInput!"
                    ]
                }
            ],
            "updateVoiceSettings": [
                2,
                {
                    "input": [
                        100,
                        "UpdateVoiceSettingsInput!"
                    ]
                }
            ],
            "updateWebhookEndpoint": [
                104,
                {
                    "id": [
                        42,
                        "ID!"
                    ],
                    "input": [
                        105,
                        "WebhookEndpointInput!"
                    ]
                }
            ],
            "updateWidgetConfig": [
                108,
                {
                    "input": [
                        101,
                        "UpdateWidgetConfigInput!"
                    ]
                }
            ],
            "__typename": [
                88
            ]
        },
        "Notification": {
            "attempts": [
                43
            ],
            "channel": [
                67
            ],
            "createdAt": [
                30
            ],
            "id": [
                42
            ],
            "kind": [
                88
            ],
            "lastError": [
                88
            ],
            "leadId": [
                42
            ],
            "maxAttempts": [
                43
            ],
            "nextAttemptAt": [
                30
            ],
            "recipient": [
                88
            ],
            "sentAt": [
                30
            ],
            "status": [
                70
            ],
            "__typename": [
                88
            ]
        },
        "NotificationChannel": {},
        "NotificationSettings": {
            "notificationEmail": [
                88
            ],
            "notificationPhoneNumber": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "NotificationSettingsInput": {
            "notificationEmail": [
                88
            ],
            "notificationPhoneNumber": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "NotificationStatus": {},
        "PageInfo": {
            "endCursor": [
                88
            ],
            "hasNextPage": [
                6
            ],
            "__typename": [
                88
            ]
        },
        "PhoneNumberSource": {},
        "Plan": {},
        "PlanFeature": {
            "description": [
                88
            ],
            "included": [
                6
            ],
            "key": [
                88
            ],
            "requiredPlan": [
                73
            ],
            "__typename": [
                88
            ]
        },
        "PlanInfo": {
            "features": [
                74
            ],
            "limits": [
                76
            ],
            "tier": [
                73
            ],
            "__typename": [
                88
            ]
        },
        "PlanLimit": {
            "name": [
                88
            ],
            "value": [
                43
            ],
            "__typename": [
                88
            ]
        },
        "PmProvider": {},
        "Priority": {},
        "Project": {
            "client": [
                11
            ],
            "completedTaskCount": [
                43
            ],
            "description": [
                88
            ],
            "dueDate": [
                88
            ],
            "externalId": [
                88
            ],
            "id": [
                42
            ],
            "lastSyncedAt": [
                30
            ],
            "name": [
                88
            ],
            "progress": [
                43
            ],
            "provider": [
                88
            ],
            "status": [
                88
            ],
            "taskCount": [
                43
            ],
            "url": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "ProjectConnection": {
            "edges": [
                81
            ],
            "nodes": [
                79
            ],
            "pageInfo": [
                71
            ],
            "totalCount": [
                43
            ],
            "__typename": [
                88
            ]
        },
        "ProjectEdge": {
            "cursor": [
                88
            ],
            "node": [
                79
            ],
            "__typename": [
                88
            ]
        },
        "ProjectSyncResult": {
            "projectCount": [
                43
            ],
            "taskCount": [
                43
            ],
            "__typename": [
                88
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
                        88
                    ],
                    "contains": [
                        88
                    ],
                    "country": [
                        88
                    ]
                }
            ],
            "business": [
                7
            ],
            "client": [
                11,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "clientLinkRules": [
                15
            ],
            "clients": [
                12,
                {
                    "after": [
                        88
                    ],
                    "first": [
                        43
                    ],
                    "search": [
                        88
                    ]
                }
            ],
            "conversation": [
                20,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "conversations": [
                22,
                {
                    "after": [
                        88
                    ],
                    "filter": [
                        24
                    ],
                    "first": [
                        43
                    ]
                }
            ],
            "dashboard": [
                29,
                {
                    "from": [
                        30
                    ],
                    "to": [
                        30
                    ]
                }
            ],
            "integrations": [
                44
            ],
            "knowledgeItem": [
                49,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "knowledgeItems": [
                49
            ],
            "lead": [
                52,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "leadQuestions": [
                58
            ],
            "leads": [
                55,
                {
                    "after": [
                        88
                    ],
                    "filter": [
                        57
                    ],
                    "first": [
                        43
                    ]
                }
            ],
            "liveCalls": [
                61
            ],
            "me": [
                103
            ],
            "notifications": [
                66,
                {
                    "leadId": [
                        42
                    ],
                    "limit": [
                        43
                    ],
                    "offset": [
                        43
                    ],
                    "status": [
                        70
                    ]
                }
            ],
            "plan": [
                75
            ],
            "project": [
                79,
                {
                    "id": [
                        42,
                        "ID!"
                    ]
                }
            ],
            "projects": [
                80,
                {
                    "after": [
                        88
                    ],
                    "clientId": [
                        42
                    ],
                    "first": [
                        43
                    ],
                    "status": [
                        88
                    ]
                }
            ],
            "team": [
                102
            ],
            "webhookEndpoints": [
                104
            ],
            "widgetConfig": [
                108
            ],
            "__typename": [
                88
            ]
        },
        "QuestionDropOff": {
            "answered": [
                43
            ],
            "dropOffRate": [
                40
            ],
            "position": [
                43
            ],
            "question": [
                88
            ],
            "questionId": [
                42
            ],
            "__typename": [
                88
            ]
        },
        "Role": {},
        "SignUpInput": {
            "businessName": [
                88
            ],
            "email": [
                88
            ],
            "name": [
                88
            ],
            "password": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "StatusCount": {
            "count": [
                43
            ],
            "status": [
                60
            ],
            "__typename": [
                88
            ]
        },
        "String": {},
        "Subscription": {
            "conversationUpdated": [
                26
            ],
            "leadCaptured": [
                53
            ],
            "__typename": [
                88
            ]
        },
        "TeamRole": {},
        "TestEmailResult": {
            "delivery": [
                88
            ],
            "error": [
                88
            ],
            "success": [
                6
            ],
            "to": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "TimeRange": {
            "close": [
                88
            ],
            "open": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "TimeRangeInput": {
            "close": [
                88
            ],
            "open": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "ToolCallCount": {
            "count": [
                43
            ],
            "tool": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "UpdateAgentConfigInput": {
            "agentName": [
                88
            ],
            "emergencyKeywords": [
                88
            ],
            "emergencySensitivity": [
                43
            ],
            "faq": [
                39
            ],
            "instructions": [
                88
            ],
            "persona": [
                88
            ],
            "welcomeMessage": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "UpdateBusinessInput": {
            "address": [
                88
            ],
            "allowedOrigins": [
                88
            ],
            "businessHours": [
                9
            ],
            "description": [
                88
            ],
            "emergencyMessageTemplate": [
                88
            ],
            "name": [
                88
            ],
            "phoneNumber": [
                88
            ],
            "timezone": [
                88
            ],
            "website": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "UpdateKnowledgeItemInput": {
            "content": [
                88
            ],
            "format": [
                48
            ],
            "title": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "UpdateLeadInput": {
            "acknowledged": [
                6
            ],
            "clientId": [
                42
            ],
            "notes": [
                88
            ],
            "priority": [
                78
            ],
            "status": [
                60
            ],
            "__typename": [
                88
            ]
        },
        "UpdateLeadQuestionInput": {
            "essentialForEmergency": [
                6
            ],
            "expectedFormat": [
                37
            ],
            "mapsTo": [
                62
            ],
            "question": [
                88
            ],
            "required": [
                6
            ],
            "__typename": [
                88
            ]
        },
        "UpdateVoiceSettingsInput": {
            "interruptionDelayMs": [
                43
            ],
            "realtimeEnabled": [
                6
            ],
            "realtimeVoice": [
                88
            ],
            "twilioLanguage": [
                88
            ],
            "twilioVoice": [
                88
            ],
            "voiceGreeting": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "UpdateWidgetConfigInput": {
            "backgroundColor": [
                88
            ],
            "greeting": [
                88
            ],
            "launcherText": [
                88
            ],
            "position": [
                109
            ],
            "primaryColor": [
                88
            ],
            "showBranding": [
                6
            ],
            "textColor": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "User": {
            "createdAt": [
                30
            ],
            "email": [
                88
            ],
            "id": [
                42
            ],
            "lastLoginAt": [
                30
            ],
            "name": [
                88
            ],
            "role": [
                85
            ],
            "__typename": [
                88
            ]
        },
        "Viewer": {
            "apiKeyId": [
                42
            ],
            "business": [
                7
            ],
            "role": [
                85
            ],
            "user": [
                102
            ],
            "__typename": [
                88
            ]
        },
        "WebhookEndpoint": {
            "createdAt": [
                30
            ],
            "deliveries": [
                66,
                {
                    "limit": [
                        43
                    ]
                }
            ],
            "description": [
                88
            ],
            "enabled": [
                6
            ],
            "events": [
                107
            ],
            "id": [
                42
            ],
            "secretHint": [
                88
            ],
            "updatedAt": [
                30
            ],
            "url": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "WebhookEndpointInput": {
            "description": [
                88
            ],
            "enabled": [
                6
            ],
            "events": [
                107
            ],
            "url": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "WebhookEndpointWithSecret": {
            "endpoint": [
                104
            ],
            "secret": [
                88
            ],
            "__typename": [
                88
            ]
        },
        "WebhookEvent": {},
        "WidgetConfig": {
            "backgroundColor": [
                88
            ],
            "greeting": [
                88
            ],
            "id": [
                42
            ],
            "launcherText": [
                88
            ],
            "position": [
                109
            ],
            "primaryColor": [
                88
            ],
            "showBranding": [
                6
            ],
            "textColor": [
                88
            ],
            "updatedAt": [
                30
            ],
            "__typename": [
                88
            ]
        },
        "WidgetPosition": {}
    }
}